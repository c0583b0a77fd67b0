/**
 * Validation of model values. Every function returns all the problems it finds, as
 * sentences in EN and FR that quote the bad value and say what to do; [] means valid.
 * Domain names are checked in validate-name.ts.
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { parseIPv4, parseIPv6 } from './ip-address.js';
import { isRecordType, RECORD_TYPES, type DnsRecord } from './types.js';
import { validateIPv4, validateIPv6 } from './validate-address.js';
import { validateDomainName } from './validate-name.js';

export { validateDomainName, type NameRules } from './validate-name.js';
export { validateIPv4, validateIPv6 } from './validate-address.js';

const MAX_U16 = 65535;
/** RFC 2181 section 8: TTLs are 31-bit unsigned. */
export const MAX_TTL = 2147483647;

/** Field names as the user reads them; unknown names are shown as given. */
const FIELD_NAMES: Record<string, Localized> = {
  priority: localized({ en: 'priority', fr: 'priorité' }),
  weight: localized({ en: 'weight', fr: 'poids' }),
  port: localized({ en: 'port', fr: 'port' }),
};

/** Priority, weight, port: whole numbers 0–65535. */
export function validateU16(fieldName: string, n: number | undefined): Localized[] {
  const field = FIELD_NAMES[fieldName] ?? { en: fieldName, fr: fieldName };
  if (n === undefined || Number.isNaN(n)) {
    return [
      localized({
        en: `The {field} is missing: give a whole number from 0 to {max}.`,
        fr: `Le champ {field} manque : donnez un nombre entier de 0 à {max}.`,
      }, { field, max: MAX_U16 }),
    ];
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_U16) {
    return [
      localized({
        en: `The {field} {n} is not allowed: give a whole number from 0 to {max}.`,
        fr: `La valeur {n} n’est pas permise pour le champ {field} : donnez un nombre entier de 0 à {max}.`,
      }, { field, n: String(n), max: MAX_U16 }),
    ];
  }
  return [];
}

/** Whole seconds, 0 to 2^31-1 (RFC 2181). Short TTLs are legal, so they are not reported. */
export function validateTtl(n: number): Localized[] {
  if (Number.isInteger(n) && n >= 0 && n <= MAX_TTL) return [];
  return [
    localized({
      en: `The TTL {n} is not allowed: give a whole number of seconds from 0 to {max} (3600 is a common choice).`,
      fr: `Le TTL {n} n’est pas permis : donnez un nombre entier de secondes de 0 à {max} (3600 est un choix courant).`,
    }, { n: String(n), max: MAX_TTL }),
  ];
}

/** Everything a record of its type needs: owner name, TTL and data. */
export function validateRecord(record: DnsRecord): Localized[] {
  if (!isRecordType(record.type)) {
    return [unknownTypeProblem(String(record.type))];
  }
  return [
    ...validateOwnerName(record.type, record.name),
    ...validateTtl(record.ttl),
    ...validateRdataFields(record),
  ];
}

export function unknownTypeProblem(type: string): Localized {
  const known = RECORD_TYPES.join(', ');
  return localized({
    en: `"{type}" is not a record type this tool handles: use one of {known}.`,
    fr: `« {type} » n’est pas un type d’enregistrement géré par cet outil : utilisez l’un de ces types : {known}.`,
  }, { type, known });
}

/**
 * The owner name. Underscore labels are service names (TXT `_dmarc`, SRV
 * `_autodiscover._tcp`, DKIM CNAME `selector1._domainkey`); hosts (A, AAAA, MX) keep
 * to letters, digits and hyphens.
 */
export function validateOwnerName(type: DnsRecord['type'], name: string): Localized[] {
  const allowUnderscore = type === 'TXT' || type === 'SRV' || type === 'CNAME';
  const problems = validateDomainName(name, { allowUnderscore, allowWildcard: true });
  if (type === 'SRV' && problems.length === 0) {
    const [service = '', protocol = ''] = name.split('.');
    if (!service.startsWith('_') || !protocol.startsWith('_') || name.split('.').length < 3) {
      problems.push(localized({
        en: `The SRV name "{name}" must start with the service and the protocol, such as _autodiscover._tcp.example.com.`,
        fr: `Le nom SRV « {name} » doit commencer par le service et le protocole, comme _autodiscover._tcp.example.com.`,
      }, { name }));
    }
  }
  return problems;
}

/** The data fields (value, priority, weight, port) for the record's type. */
export function validateRdataFields(record: DnsRecord): Localized[] {
  switch (record.type) {
    case 'A':
      return validateIPv4(record.value);
    case 'AAAA':
      return validateIPv6(record.value);
    case 'CNAME':
      // DKIM targets such as selector1-example-com._domainkey.tenant.onmicrosoft.com carry underscores.
      return validateTarget('CNAME', record.value, true);
    case 'MX':
      return [
        ...validateU16('priority', record.priority),
        ...(record.value === '' ? nullMxProblems(record) : validateTarget('MX', record.value, false)),
      ];
    case 'SRV':
      return [
        ...validateU16('priority', record.priority),
        ...validateU16('weight', record.weight),
        ...validateU16('port', record.port),
        // '' is the root, "." in a zone file: RFC 2782's "service not available here".
        ...(record.value === '' ? [] : validateTarget('SRV', record.value, false)),
      ];
    case 'TXT':
      return validateTxtValue(record.value);
    default:
      return [unknownTypeProblem(String((record as DnsRecord).type))];
  }
}

function validateTarget(type: 'CNAME' | 'MX' | 'SRV', value: string, allowUnderscore: boolean): Localized[] {
  if (parseIPv4(value) !== undefined || parseIPv6(value) !== undefined) {
    return [
      localized({
        en: `A {type} record points to a host name, not to the address "{value}": give the server's name, and publish its address with an A or AAAA record.`,
        fr: `Un enregistrement {type} pointe vers un nom d’hôte, pas vers l’adresse « {value} » : donnez le nom du serveur, et publiez son adresse avec un enregistrement A ou AAAA.`,
      }, { type, value }),
    ];
  }
  return validateDomainName(value, { allowUnderscore });
}

/** RFC 7505: "this domain accepts no mail" is `0 .`; any other preference is a typo. */
function nullMxProblems(record: DnsRecord): Localized[] {
  if (record.priority === undefined || record.priority === 0) return [];
  return [
    localized({
      en: `An MX record without a host (".") means "no mail for this domain" and must have priority 0, not {priority}: set 0, or give the mail server's name.`,
      fr: `Un enregistrement MX sans hôte (« . ») signifie « pas de courrier pour ce domaine » et doit avoir la priorité 0, pas {priority} : mettez 0, ou donnez le nom du serveur de courrier.`,
    }, { priority: record.priority }),
  ];
}

/** The whole TXT data, every character-string included, fits in one 16-bit RDLENGTH. */
const MAX_TXT_RDATA_BYTES = MAX_U16;

function validateTxtValue(value: string): Localized[] {
  if (value === '') {
    return [
      localized({
        en: 'The TXT record is empty: paste the text the service asks for.',
        fr: 'L’enregistrement TXT est vide : collez le texte demandé par le service.',
      }),
    ];
  }
  const problems: Localized[] = [];
  // A lone UTF-16 surrogate has no UTF-8 form, so it cannot be published as written.
  if (/\p{Surrogate}/u.test(value)) {
    problems.push(localized({
      en: 'The TXT text contains a broken character (half of an emoji or symbol): paste the text again from its source.',
      fr: 'Le texte TXT contient un caractère cassé (une moitié d’émoji ou de symbole) : collez de nouveau le texte depuis sa source.',
    }));
  }
  const bytes = new TextEncoder().encode(value).length;
  // Each 255-byte string costs one length byte on the wire.
  const wire = bytes + Math.max(1, Math.ceil(bytes / 255));
  if (wire > MAX_TXT_RDATA_BYTES) {
    problems.push(localized({
      en: `The TXT text is {bytes} bytes long, more than one DNS record can hold: shorten it.`,
      fr: `Le texte TXT fait {bytes} octets, plus qu’un enregistrement DNS ne peut en contenir : raccourcissez-le.`,
    }, { bytes }));
  }
  return problems;
}
