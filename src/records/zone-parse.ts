/**
 * Zone-file entries → model records: one line (parseRecordLine, for a pasted record)
 * or a whole zone (parseZone, for an imported file). Entries of other types (SOA, NS,
 * CAA…) are not an error in a zone: they are skipped with a problem that says so.
 */
import type { Localized } from '../i18n/lang.js';
import { isRecordType, RECORD_TYPES, type DnsRecord } from './types.js';
import { normalizeName } from './normalize.js';
import { validateDomainName, validateOwnerName, validateTtl } from './validate.js';
import { parseRdataTokens, resolveNameToken } from './zone-rdata.js';
import { tokenizeZone, type LineProblem, type ZoneToken } from './zone-tokenize.js';

/** The TTL used when neither the entry, a $TTL line nor the caller gives one. */
export const FALLBACK_TTL = 3600;

export type RecordLineResult = { ok: true; record: DnsRecord } | { ok: false; problems: Localized[] };

export interface ZoneProblem extends LineProblem {
  /** Set when the entry is valid DNS of a type this tool does not manage (SOA, NS…). */
  skippedType?: string;
}

export interface ParsedZone {
  records: DnsRecord[];
  problems: ZoneProblem[];
}

const HOW_TO_WRITE: Localized = {
  en: 'write "name [ttl] [IN] TYPE data", such as "@ 3600 IN MX 10 mx1.example.com."',
  fr: 'écrivez « nom [ttl] [IN] TYPE données », comme « @ 3600 IN MX 10 mx1.example.com. »',
};

/** One record written on one line: `name [ttl] [IN] TYPE rdata` (or `name IN ttl TYPE`). */
export function parseRecordLine(
  line: string,
  options: { origin: string; defaultTtl?: number },
): RecordLineResult {
  const { lines, problems } = tokenizeZone(line);
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => problem.message) };
  const [entry, ...more] = lines;
  if (!entry) {
    return { ok: false, problems: [{ en: `The line is empty: ${HOW_TO_WRITE.en}.`, fr: `La ligne est vide : ${HOW_TO_WRITE.fr}.` }] };
  }
  if (more.length > 0) {
    return {
      ok: false,
      problems: [
        {
          en: 'The text holds several lines: give one record per line, or import it as a zone file.',
          fr: 'Le texte contient plusieurs lignes : donnez un enregistrement par ligne, ou importez-le comme fichier de zone.',
        },
      ],
    };
  }
  const [owner, ...rest] = entry.tokens;
  if (entry.blankOwner || !owner) {
    return {
      ok: false,
      problems: [
        {
          en: `The line starts with a space, so it has no name: start it with the name, or @ for the domain itself; ${HOW_TO_WRITE.en}.`,
          fr: `La ligne commence par une espace, elle n'a donc pas de nom : commencez-la par le nom, ou @ pour le domaine lui-même ; ${HOW_TO_WRITE.fr}.`,
        },
      ],
    };
  }
  if (!owner.quoted && owner.raw.startsWith('$')) {
    return {
      ok: false,
      problems: [
        {
          en: `"${owner.raw}" is a zone-file directive, not a record: import the whole file as a zone to use it.`,
          fr: `« ${owner.raw} » est une directive de fichier de zone, pas un enregistrement : importez tout le fichier comme zone pour l'utiliser.`,
        },
      ],
    };
  }
  const result = parseEntry(owner.raw, rest, {
    origin: options.origin,
    ttl: options.defaultTtl ?? FALLBACK_TTL,
  });
  return result.ok ? result : { ok: false, problems: result.problems };
}

/** A whole zone file: $ORIGIN, $TTL, blank-owner continuation lines, parentheses, comments. */
export function parseZone(text: string, options: { origin?: string; defaultTtl?: number } = {}): ParsedZone {
  const { lines, problems } = tokenizeZone(text);
  const zoneProblems: ZoneProblem[] = [...problems];
  const records: DnsRecord[] = [];
  let origin = options.origin === undefined ? undefined : normalizeName(options.origin);
  let zoneTtl: number | undefined;
  let previousOwner: string | undefined;

  for (const entry of lines) {
    const report = (sentence: Localized, skippedType?: string): void => {
      const message = withLine(entry.line, sentence);
      zoneProblems.push(skippedType ? { line: entry.line, message, skippedType } : { line: entry.line, message });
    };
    const [first, ...rest] = entry.tokens;
    // A broken entry was already reported by the tokenizer; its parts would only mislead.
    if (!first || entry.broken) continue;
    if (!entry.blankOwner && !first.quoted && first.raw.startsWith('$')) {
      const directive = readDirective(first.raw.toUpperCase(), rest, origin);
      directive.problems.forEach((message) => report(message));
      if (directive.origin !== undefined) origin = directive.origin;
      if (directive.ttl !== undefined) zoneTtl = directive.ttl;
      continue;
    }
    let owner: string;
    let fields: ZoneToken[];
    if (entry.blankOwner) {
      if (previousOwner === undefined) {
        report({
          en: 'the line starts with a space but no record comes before it to take the name from: start the line with the name, or @ for the domain itself.',
          fr: 'la ligne commence par une espace mais aucun enregistrement ne la précède pour en reprendre le nom : commencez la ligne par le nom, ou @ pour le domaine lui-même.',
        });
        continue;
      }
      owner = previousOwner;
      fields = entry.tokens;
    } else {
      const ownerProblems: Localized[] = [];
      owner = resolveNameToken(first.raw, origin, ownerProblems);
      if (ownerProblems.length > 0) {
        ownerProblems.forEach((message) => report(message));
        continue;
      }
      // Resolved now, against the $ORIGIN in force here: continuation lines reuse this
      // absolute name even after a later $ORIGIN (RFC 1035 5.1).
      owner = `${owner}.`;
      previousOwner = owner;
      fields = rest;
    }
    const result = parseEntry(owner, fields, { origin, ttl: zoneTtl ?? options.defaultTtl ?? FALLBACK_TTL });
    if (result.ok) records.push(result.record);
    else result.problems.forEach((message) => report(message, result.skippedType));
  }
  return { records, problems: zoneProblems };
}

function withLine(line: number, message: Localized): Localized {
  return { en: `Line ${line}: ${message.en}`, fr: `Ligne ${line} : ${message.fr}` };
}

type EntryResult =
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
function parseEntry(
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
    return { ok: false, problems: [{ en: `The record type is missing: ${HOW_TO_WRITE.en}.`, fr: `Le type d'enregistrement manque : ${HOW_TO_WRITE.fr}.` }] };
  }
  const type = typeToken.toUpperCase();
  if (recordClass !== undefined && recordClass !== 'IN') {
    return {
      ok: false,
      skippedType: type,
      problems: [
        {
          en: `This ${recordClass}-class record is skipped: e-mail records are in the Internet class, IN.`,
          fr: `Cet enregistrement de classe ${recordClass} est ignoré : les enregistrements de courrier sont dans la classe Internet, IN.`,
        },
      ],
    };
  }
  if (OTHER_TYPES.has(type) || /^TYPE[0-9]+$/.test(type)) {
    return {
      ok: false,
      skippedType: type,
      problems: [
        {
          en: `The ${type} record is skipped: this tool manages only ${RECORD_TYPES.join(', ')} records.`,
          fr: `L'enregistrement ${type} est ignoré : cet outil ne gère que les enregistrements ${RECORD_TYPES.join(', ')}.`,
        },
      ],
    };
  }
  if (!isRecordType(type)) {
    return {
      ok: false,
      problems: [
        {
          en: `"${typeToken}" is not a record type: use one of ${RECORD_TYPES.join(', ')}, and ${HOW_TO_WRITE.en}.`,
          fr: `« ${typeToken} » n'est pas un type d'enregistrement : utilisez l'un de ${RECORD_TYPES.join(', ')}, et ${HOW_TO_WRITE.fr}.`,
        },
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

function readDirective(
  directive: string,
  args: readonly ZoneToken[],
  origin: string | undefined,
): { origin?: string; ttl?: number; problems: Localized[] } {
  const argument = args[0]?.raw;
  if (directive === '$ORIGIN' && argument !== undefined && args.length === 1) {
    const problems: Localized[] = [];
    const name = resolveNameToken(argument, origin, problems);
    if (problems.length === 0) problems.push(...validateDomainName(name, { allowUnderscore: true }));
    return problems.length > 0 ? { problems } : { origin: name, problems };
  }
  if (directive === '$TTL' && argument !== undefined && args.length === 1) {
    const ttl = parseTtlText(argument);
    const problems =
      ttl === undefined
        ? [
            {
              en: `"$TTL ${argument}" is not a duration: write seconds, such as $TTL 3600.`,
              fr: `« $TTL ${argument} » n'est pas une durée : écrivez des secondes, comme $TTL 3600.`,
            },
          ]
        : validateTtl(ttl);
    return problems.length > 0 || ttl === undefined ? { problems } : { ttl, problems };
  }
  if (directive === '$ORIGIN' || directive === '$TTL') {
    return {
      problems: [
        {
          en: `${directive} takes exactly one value, such as ${directive === '$TTL' ? '$TTL 3600' : '$ORIGIN example.com.'}.`,
          fr: `${directive} prend exactement une valeur, comme ${directive === '$TTL' ? '$TTL 3600' : '$ORIGIN example.com.'}.`,
        },
      ],
    };
  }
  return {
    problems: [
      {
        en: `The ${directive} directive is not supported, so this line is skipped: paste the records it stands for instead.`,
        fr: `La directive ${directive} n'est pas prise en charge, cette ligne est donc ignorée : collez plutôt les enregistrements qu'elle représente.`,
      },
    ],
  };
}
