import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { normalizeName } from '../records/normalize.js';
import { validateIPv4, validateIPv6 } from '../records/validate-address.js';
import { validateDomainName } from '../records/validate-name.js';
import { hasUnsafeCharacters, MAX_TEXT_LENGTH } from './domain-connect/template-text.js';
import { M365_DKIM_TARGET, M365_MX_HOST } from './microsoft-365-hosts.js';
import type { VariableKind, VariableSpec } from './types.js';

/** A variable's value after normalization, or the reasons it cannot be used. */
export type VariableResult = { ok: true; value: string } | { ok: false; problems: Localized[] };

type Reader = (raw: string, domain: string, spec: VariableSpec) => VariableResult;

const TOKEN = /^[A-Za-z0-9]{1,63}$/;
const MS_VERIFY = /^(?:MS=)?(ms\d+)$/i;

function named(spec: VariableSpec, problems: Localized[]): VariableResult {
  return {
    ok: false,
    problems: problems.map((p) => localized({ en: `{name}: {p}`, fr: `{name} : {p}` }, { name: spec.name, p })),
  };
}

function checked(spec: VariableSpec, value: string, problems: Localized[]): VariableResult {
  return problems.length > 0 ? named(spec, problems) : { ok: true, value };
}

const hostname: Reader = (raw, _domain, spec) => {
  const value = normalizeName(raw.endsWith('.') ? raw : `${raw}.`);
  return checked(spec, value, validateDomainName(value, { allowUnderscore: true }));
};

/** A host name that must have one of Microsoft's forms: a typo or another provider's host is said at once. */
function microsoftHost(form: RegExp, forms: string): Reader {
  return (raw, domain, spec) => {
    const read = hostname(raw, domain, spec);
    if (!read.ok || form.test(read.value)) return read;
    return named(spec, [localized({
      en: `"{raw}" is not a Microsoft 365 host ({forms}): copy it from the admin center.`,
      fr: `« {raw} » n’est pas un hôte Microsoft 365 ({forms}) : recopiez-le depuis le centre d’administration.`,
    }, { raw, forms })]);
  };
}

/** `exchange`, `exchange.example.com` or `exchange.example.com.` → the part inside the zone (`exchange`). */
const nameInZone: Reader = (raw, domain, spec) => {
  // Read as absolute: `exchange` alone is checked against the zone below.
  const fqdn = normalizeName(raw);
  const zone = normalizeName(`${domain}.`);
  if (fqdn === zone) return { ok: true, value: '@' };
  if (fqdn.endsWith(`.${zone}`)) {
    const inside = fqdn.slice(0, -zone.length - 1);
    return checked(spec, inside, validateDomainName(fqdn));
  }
  if (raw.trim().endsWith('.')) {
    return named(spec, [localized({
      en: `"{raw}" is not inside {zone}; give a name in the domain, e.g. {example}.`,
      fr: `« {raw} » n’est pas dans {zone} ; indiquez un nom dans le domaine, par exemple {example}.`,
    }, { raw, zone, example: spec.example })]);
  }
  if (fqdn.includes('.')) {
    // `exchange.example.org` for example.com: appending the zone would invent a name nobody meant.
    return named(spec, [localized({
      en: `"{raw}" is not inside {zone}: give the name alone ({example}) or in full ({example}.{zone}).`,
      fr: `« {raw} » n’est pas dans {zone} : indiquez le nom seul ({example}) ou complet ({example}.{zone}).`,
    }, { raw, zone, example: spec.example })]);
  }
  return checked(spec, fqdn, validateDomainName(`${fqdn}.${zone}`));
};

/** The bare token: `ab1cd-check`, `ab1cd-check.example.com.` and `ab1cd` all give `ab1cd`. */
const token: Reader = (raw, _domain, spec) => {
  const value = raw.trim().split('.')[0]!.replace(/-check$/i, '');
  if (TOKEN.test(value)) return { ok: true, value };
  return named(spec, [localized({
    en: `"{raw}" is not a token: it should be 1 to 63 letters or digits (the part before "-check").`,
    fr: `« {raw} » n’est pas un jeton : il doit compter de 1 à 63 lettres ou chiffres (la partie avant « -check »).`,
  }, { raw })]);
};

const region: Reader = (raw, _domain, spec) => {
  const value = raw.trim().toLowerCase();
  if (value === 'eu' || value === 'ca') return { ok: true, value };
  return named(spec, [localized({
    en: `"{raw}" is not a region: use eu (Europe) or ca (Canada, also Asia-Pacific).`,
    fr: `« {raw} » n’est pas une région : utilisez eu (Europe) ou ca (Canada, aussi Asie-Pacifique).`,
  }, { raw })]);
};

const msVerify: Reader = (raw, _domain, spec) => {
  const match = MS_VERIFY.exec(raw.trim());
  if (match) return { ok: true, value: `MS=${match[1]!.toLowerCase()}` };
  return named(spec, [localized({
    en: `"{raw}" is not a Microsoft verification value: it looks like MS=ms12345678.`,
    fr: `« {raw} » n’est pas une valeur de vérification Microsoft : elle ressemble à MS=ms12345678.`,
  }, { raw })]);
};

/** `ovhex123-selector1` or `ovhex123-selector1._domainkey…` → the selector alone. */
const dkimSelector: Reader = (raw, _domain, spec) => {
  const value = raw.trim().toLowerCase().split('._domainkey')[0]!;
  return checked(spec, value, validateDomainName(`${value}._domainkey.example.com`, { allowUnderscore: true }));
};

const dmarc: Reader = (raw, _domain, spec) => {
  const value = raw.trim().replace(/^"|"$/g, '');
  if (/^v=DMARC1\s*;/i.test(value) && /(^|;)\s*p=(none|quarantine|reject)\s*(;|$)/i.test(value)) {
    return { ok: true, value };
  }
  return named(spec, [localized({
    en: `"{raw}" is not a DMARC policy: it starts with v=DMARC1; and has p=none, quarantine or reject (start with v=DMARC1; p=none).`,
    fr: `« {raw} » n’est pas une politique DMARC : elle commence par v=DMARC1; et contient p=none, quarantine ou reject (commencez par v=DMARC1; p=none).`,
  }, { raw })]);
};

/** A template's free-text variable: trimmed; control or invisible characters refused. */
const text: Reader = (raw, _domain, spec) => {
  const value = raw.trim();
  if (!hasUnsafeCharacters(value) && value.length <= MAX_TEXT_LENGTH) return { ok: true, value };
  return named(spec, [localized({
    en: `the value holds control or invisible characters, or is longer than {max} characters: type it again.`,
    fr: `la valeur contient des caractères de contrôle ou invisibles, ou dépasse {max} caractères : saisissez-la de nouveau.`,
  }, { max: MAX_TEXT_LENGTH })]);
};

const READERS: Record<VariableKind, Reader> = {
  hostname,
  'm365-mx': microsoftHost(M365_MX_HOST, '…mail.protection.outlook.com, …mx.microsoft'),
  'm365-dkim-target': microsoftHost(M365_DKIM_TARGET, 'selector1-…._domainkey.….onmicrosoft.com, ….dkim.mail.microsoft'),
  'relative-or-absolute-name': nameInZone,
  ipv4: (raw, _d, spec) => checked(spec, raw.trim(), validateIPv4(raw.trim())),
  ipv6: (raw, _d, spec) => checked(spec, raw.trim().toLowerCase(), validateIPv6(raw.trim())),
  token,
  region,
  'ms-verify': msVerify,
  'dkim-selector': dkimSelector,
  dmarc,
  text,
};

/** Normalize and validate one variable's value for a domain (the zone it will be written in). */
export function readVariable(spec: VariableSpec, raw: string, domain: string): VariableResult {
  return READERS[spec.kind](raw, domain, spec);
}
