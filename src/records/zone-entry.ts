/**
 * One zone-file entry after its owner name: `[ttl] [class] TYPE rdata`, the TTL and
 * the class in either order (RFC 1035 5.1). Shared by parseRecordLine and parseZone.
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { isRecordType, RECORD_TYPES, type DnsRecord } from './types.js';
import { validateOwnerName, validateTtl } from './validate.js';
import { parseRdataTokens, resolveNameToken } from './zone-rdata.js';
import type { ZoneToken } from './zone-tokenize.js';

export const HOW_TO_WRITE: Localized = localized({
  en: 'write "name [ttl] [IN] TYPE data", such as "@ 3600 IN MX 10 mx1.example.com."',
  fr: 'écrivez « nom [ttl] [IN] TYPE données », comme « @ 3600 IN MX 10 mx1.example.com. »',
});

export type EntryResult =
  | { ok: true; record: DnsRecord }
  | { ok: false; problems: Localized[]; skippedType?: string };

/** Types that are fine in a zone but not ours: they are skipped, with that said plainly. */
const OTHER_TYPES = new Set([
  'SOA', 'NS', 'PTR', 'CAA', 'DS', 'DNSKEY', 'RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM', 'TLSA',
  'SSHFP', 'HINFO', 'NAPTR', 'DNAME', 'LOC', 'SPF', 'HTTPS', 'SVCB', 'CDS', 'CDNSKEY',
  'OPENPGPKEY', 'SMIMEA', 'URI', 'RP', 'AFSDB', 'CERT', 'DHCID', 'KX', 'ALIAS', 'ANAME',
]);
const CLASSES = new Set(['IN', 'CH', 'HS', 'CS', 'NONE', 'ANY']);

/** `ttl`, `class`, `TYPE`, rdata after the owner; the TTL and class may come in either order. */
export function parseEntry(
  owner: string,
  tokens: readonly ZoneToken[],
  context: { origin: string | undefined; ttl: number },
): EntryResult {
  let index = 0;
  let ttl: number | undefined;
  let recordClass: string | undefined;
  while (index < tokens.length && index < 2) {
    const word = tokens[index]?.raw ?? '';
    const asTtl = ttl === undefined ? parseTtlText(word) : undefined;
    if (asTtl !== undefined) ttl = asTtl;
    else if (recordClass === undefined && CLASSES.has(word.toUpperCase())) recordClass = word.toUpperCase();
    else break;
    index += 1;
  }
  const typeToken = tokens[index]?.raw;
  if (typeToken === undefined) {
    return { ok: false, problems: [localized({ en: `The record type is missing: {howTo}.`, fr: `Le type d’enregistrement manque : {howTo}.` }, { howTo: HOW_TO_WRITE })] };
  }
  const type = typeToken.toUpperCase();
  if (recordClass !== undefined && recordClass !== 'IN') {
    return {
      ok: false,
      skippedType: type,
      problems: [
        localized({
          en: `This {recordClass}-class record is skipped: e-mail records are in the Internet class, IN.`,
          fr: `Cet enregistrement de classe {recordClass} est ignoré : les enregistrements de courrier sont dans la classe Internet, IN.`,
        }, { recordClass }),
      ],
    };
  }
  if (OTHER_TYPES.has(type) || /^TYPE[0-9]+$/.test(type)) {
    return {
      ok: false,
      skippedType: type,
      problems: [
        localized({
          en: `The {type} record is skipped: this tool manages only {types} records.`,
          fr: `L’enregistrement {type} est ignoré : cet outil ne gère que les enregistrements {types}.`,
        }, { type, types: RECORD_TYPES.join(', ') }),
      ],
    };
  }
  if (!isRecordType(type)) {
    return {
      ok: false,
      problems: [
        localized({
          en: `"{typeToken}" is not a record type: use one of {types}, and {howTo}.`,
          fr: `« {typeToken} » n’est pas un type d’enregistrement : utilisez l’un des types {types}, et {howTo}.`,
        }, { typeToken, types: RECORD_TYPES.join(', '), howTo: HOW_TO_WRITE }),
      ],
    };
  }
  const name = resolveOwner(owner, context.origin);
  const rdata = parseRdataTokens(type, tokens.slice(index + 1), context.origin);
  const problems = [
    ...(name.ok ? validateOwnerName(type, name.value) : name.problems),
    ...(ttl === undefined ? [] : validateTtl(ttl)),
    ...(rdata.ok ? [] : rdata.problems),
  ];
  if (problems.length > 0 || !rdata.ok || !name.ok) return { ok: false, problems };
  return { ok: true, record: { type, name: name.value, ttl: ttl ?? context.ttl, ...rdata.fields } };
}

function resolveOwner(
  owner: string,
  origin: string | undefined,
): { ok: true; value: string } | { ok: false; problems: Localized[] } {
  const problems: Localized[] = [];
  const value = resolveNameToken(owner, origin, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** `3600`, or BIND's `1h30m` / `2d` form, in seconds; undefined when the word is not a TTL. */
export function parseTtlText(word: string): number | undefined {
  if (/^[0-9]+$/.test(word)) return Number(word);
  if (!/^([0-9]+[smhdw])+$/i.test(word)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of word.toLowerCase().matchAll(/([0-9]+)([smhdw])/g)) {
    seconds += Number(amount) * (TTL_UNITS[unit ?? 's'] ?? 1);
  }
  return seconds;
}

