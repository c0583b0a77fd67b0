/**
 * One zone-file entry after its owner name: `[class] [ttl] [class] TYPE rdata`, the TTL and the
 * class in either order (RFC 1035 §5.1), read as BIND reads them (lib/dns/master.c). Shared by
 * the zone-file reader (zone-read.ts) and the one-line reader of pasted records (parseEntry).
 */
import type { Localized } from '../../i18n/lang.js';
import { isRecordType, RECORD_TYPES, type DnsRecord } from '../types.js';
import { MAX_TTL, validateOwnerName, validateTtl } from '../validate.js';
import { parseRdataTokens, resolveNameToken } from './rdata.js';
import { shownToken } from './shown.js';
import type { ZoneToken } from './tokenize.js';
import { classNumber, META_TYPES, PROVIDER_CLASSES, PROVIDER_TYPES, typeName, typeNumber } from './types.js';
import { parseTtlText } from './ttl.js';
import { localized } from '../../i18n/format.js';

export const HOW_TO_WRITE: Localized = localized({
  en: 'write "name [ttl] [IN] TYPE data", such as "@ 3600 IN MX 10 mx1.example.com."',
  fr: 'écrivez « nom [ttl] [IN] TYPE données », comme « @ 3600 IN MX 10 mx1.example.com. »',
});

export interface EntryHeader {
  /** As written; undefined when the entry gives none (zone-read.ts applies BIND's rules). */
  ttl?: number;
  /** The mnemonic (`TYPE1` reads as `A`), or `TYPEnnn` for a type without one, or a provider's own type (`ALIAS`). */
  type: string;
  /** Undefined for a provider's own type, which has no number. */
  typeNumber?: number;
  rdata: readonly ZoneToken[];
}

export type HeaderResult = { ok: true; header: EntryHeader } | { ok: false; problem: Localized };

const IN = 1;
/** Type 0 is reserved (RFC 6895 §3.1); BIND refuses it as it refuses the meta types. */
const RESERVED_TYPE = 0;

export function readEntryHeader(tokens: readonly ZoneToken[]): HeaderResult {
  let index = 0;
  let recordClass: number | undefined;
  let ttl: number | undefined;
  const word = (): string => (tokens[index]?.quoted ? '' : (tokens[index]?.raw ?? ''));
  const readClass = (): void => {
    if (recordClass !== undefined || classNumber(word()) === undefined) return;
    recordClass = classNumber(word());
    index += 1;
  };
  readClass();
  const asTtl = parseTtlText(word());
  if (asTtl !== undefined) {
    ttl = asTtl;
    index += 1;
  }
  readClass();
  if (PROVIDER_CLASSES.has(word().toUpperCase()) && PROVIDER_TYPES.has(tokens[index + 1]?.raw.toUpperCase() ?? '')) index += 1;
  const written = tokens[index]?.raw;
  if (written === undefined) return failed(localized({ en: `The record type is missing: {howTo}.`, fr: `Le type d’enregistrement manque : {howTo}.` }, { howTo: HOW_TO_WRITE }));
  const number = typeNumber(word());
  if (number === undefined && PROVIDER_TYPES.has(written.toUpperCase())) {
    return { ok: true, header: { ...(ttl !== undefined && { ttl }), type: written.toUpperCase(), rdata: tokens.slice(index + 1) } };
  }
  if (number === undefined && /^[0-9]+$/.test(written)) {
    const shown = shownToken(written);
    return failed(localized({
      en: `The TTL {shown} is too large: give a whole number of seconds from 0 to {max} (3600 is a common choice).`,
      fr: `Le TTL {shown} est trop grand : donnez un nombre entier de secondes de 0 à {max} (3600 est un choix courant).`,
    }, { shown, max: MAX_TTL }));
  }
  if (number === undefined) {
    const shown = shownToken(written);
    return failed(localized({
      en: `"{shown}" is not a record type: use one of {types} (or another DNS type), and {howTo}.`,
      fr: `« {shown} » n’est pas un type d’enregistrement : utilisez l’un des types {types} (ou un autre type DNS), et {howTo}.`,
    }, { shown, types: RECORD_TYPES.join(', '), howTo: HOW_TO_WRITE }));
  }
  if (recordClass !== undefined && recordClass !== IN) {
    const name = tokens.find((token) => classNumber(token.raw) === recordClass)?.raw.toUpperCase() ?? `CLASS${recordClass}`;
    return failed(localized({
      en: `This record is in class {name}, but the zone is in the Internet class, IN: write IN, or leave the class out.`,
      fr: `Cet enregistrement est de classe {name}, mais la zone est de la classe Internet, IN : écrivez IN, ou ne mettez pas de classe.`,
    }, { name }));
  }
  if (number === RESERVED_TYPE) {
    return failed(localized({
      en: 'TYPE0 is reserved: no record has this type, so a zone file cannot hold it.',
      fr: 'TYPE0 est réservé : aucun enregistrement n’a ce type, un fichier de zone ne peut donc pas le contenir.',
    }));
  }
  if (META_TYPES.has(number)) {
    return failed(localized({
      en: `{type} is a query type, not a record type: a zone file cannot hold it.`,
      fr: `{type} est un type de requête, pas d’enregistrement : un fichier de zone ne peut pas le contenir.`,
    }, { type: typeName(number) }));
  }
  return { ok: true, header: { ...(ttl !== undefined && { ttl }), type: typeName(number), typeNumber: number, rdata: tokens.slice(index + 1) } };
}

/** The sentence that says a record of a valid type is skipped because the model does not hold it. */
export function skippedTypeReason(type: string): Localized {
  return localized({
    en: `The {type} record is skipped: this tool manages only {types} records.`,
    fr: `L’enregistrement {type} est ignoré : cet outil ne gère que les enregistrements {types}.`,
  }, { type, types: RECORD_TYPES.join(', ') });
}

export type EntryResult = { ok: true; record: DnsRecord } | { ok: false; problems: Localized[]; skippedType?: string };

/** A pasted record after its owner: read, then checked as an e-mail record (names plain, SRV owners `_service._proto`). */
export function parseEntry(owner: string, tokens: readonly ZoneToken[], context: { origin: string | undefined; ttl: number }): EntryResult {
  const read = readEntryHeader(tokens);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { header } = read;
  if (!isRecordType(header.type)) return { ok: false, skippedType: header.type, problems: [skippedTypeReason(header.type)] };
  const type = header.type;
  const problems: Localized[] = [];
  const name = resolveNameToken(owner, context.origin, problems);
  if (problems.length === 0) problems.push(...validateOwnerName(type, name));
  if (header.ttl !== undefined) problems.push(...validateTtl(header.ttl));
  const rdata = parseRdataTokens(type, header.rdata, context.origin);
  if (!rdata.ok) problems.push(...rdata.problems);
  if (problems.length > 0 || !rdata.ok) return { ok: false, problems };
  return { ok: true, record: { type, name, ttl: header.ttl ?? context.ttl, ...rdata.fields } };
}

function failed(problem: Localized): HeaderResult {
  return { ok: false, problem };
}
