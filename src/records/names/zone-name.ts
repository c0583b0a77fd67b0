/**
 * The names the product takes in, parsed once where they enter (form, URL, page, CLI, code,
 * paste) and passed on branded, so code past the entry never re-normalises them: ASCII, lowercase,
 * IDN labels as `xn--…`, no final dot. parse-name.ts holds the one rule set (UTS #46 and ours).
 */
import type { Localized } from '../../i18n/lang.js';
import { visibleText } from '../../lib/visible-text.js';
import { nameMessages as say } from './name-messages.js';
import { MAX_NAME, parseName } from './parse-name.js';

declare const zoneNameBrand: unique symbol;
declare const relativeHostBrand: unique symbol;

/** A domain whose zone is set up: `example.com`, `xn--bcher-kva.de`; two labels or more, hostname letters only. */
export type ZoneName = string & { readonly [zoneNameBrand]: true };

/** A record's host inside a zone, relative to it: '' for the zone itself, `mail`, `_dmarc`, `s1._domainkey`. */
export type RelativeHost = string & { readonly [relativeHostBrand]: true };

/** The name, with what was done to it on the way (an invisible character removed), or why it is refused. */
export type NameResult<T> = { ok: true; name: T; notices: Localized[] } | { ok: false; problem: Localized };

export function parseZoneName(input: string): NameResult<ZoneName> {
  const parsed = parseName(input, { allowUnderscore: false });
  if (!parsed.ok) return parsed;
  const shown = visibleText(input.trim());
  if (parsed.labels < 2) return { ok: false, problem: say.singleLabel(shown) };
  const top = parsed.ascii.slice(parsed.ascii.lastIndexOf('.') + 1);
  if (/^[0-9]+$/.test(top)) return { ok: false, problem: say.numericTop(shown, top) };
  return { ok: true, name: parsed.ascii as ZoneName, notices: parsed.notices };
}

/**
 * A host as a control panel or a Domain Connect `host` writes it: `@` or '' is the zone itself;
 * a name ending in the zone (`mail.example.com`, with or without its final dot) is taken as full;
 * anything else (`mail`, `_dmarc`) is below the zone. A name ending in a dot outside the zone is refused.
 */
export function parseRelativeHost(input: string, zone: ZoneName): NameResult<RelativeHost> {
  const trimmed = input.trim();
  if (trimmed === '@' || trimmed === '') return { ok: true, name: '' as RelativeHost, notices: [] };
  const parsed = parseName(trimmed, { allowUnderscore: true });
  if (!parsed.ok) return parsed;
  const shown = visibleText(trimmed);
  if (parsed.ascii === zone) return { ok: true, name: '' as RelativeHost, notices: parsed.notices };
  if (parsed.ascii.endsWith(`.${zone}`)) {
    return { ok: true, name: parsed.ascii.slice(0, -zone.length - 1) as RelativeHost, notices: parsed.notices };
  }
  if (parsed.absolute) return { ok: false, problem: say.outsideZone(shown, zone) };
  const length = parsed.ascii.length + 1 + zone.length;
  if (length > MAX_NAME) return { ok: false, problem: say.tooLong(`${shown}.${zone}`, length, MAX_NAME) };
  return { ok: true, name: parsed.ascii as RelativeHost, notices: parsed.notices };
}

/** The host's full name in its zone. */
export function hostInZone(host: RelativeHost, zone: ZoneName): string {
  return host === '' ? zone : `${host}.${zone}`;
}

/**
 * A zone as a zone file's origin names it (`zone --origin`): any depth (`example`, a top-level
 * zone, is a zone file too), `.` for the root (''), service labels allowed (`_msdcs.example.com`).
 */
export function parseOrigin(input: string): NameResult<string> {
  if (input.trim() === '.') return { ok: true, name: '', notices: [] };
  const parsed = parseName(input, { allowUnderscore: true, allowReservedHyphens: true });
  return parsed.ok ? { ok: true, name: parsed.ascii, notices: parsed.notices } : parsed;
}
