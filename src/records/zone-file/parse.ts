/**
 * Zone-file entries → model records: one line (parseRecordLine, for a pasted record)
 * or a whole zone (parseZone, for an imported file). Entries of other types (SOA, NS,
 * CAA…) are not an error in a zone: they are skipped with a problem that says so.
 */
import type { Localized } from '../../i18n/lang.js';
import { normalizeName } from '../normalize.js';
import type { DnsRecord } from '../types.js';
import { validateRecord } from '../validate.js';
import { HOW_TO_WRITE, parseEntry } from './entry.js';
import { readZone } from './read.js';
import { tokenizeZone, type LineProblem } from './tokenize.js';
import { localized } from '../../i18n/format.js';

export { parseTtlText } from './ttl.js';

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

/** One record written on one line: `name [ttl] [IN] TYPE rdata` (or `name IN ttl TYPE`). */
export function parseRecordLine(
  line: string,
  options: { origin: string; defaultTtl?: number },
): RecordLineResult {
  const { lines, problems } = tokenizeZone(line);
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => problem.message) };
  const [entry, ...more] = lines;
  if (!entry) {
    return { ok: false, problems: [localized({ en: `The line is empty: {howTo}.`, fr: `La ligne est vide : {howTo}.` }, { howTo: HOW_TO_WRITE })] };
  }
  if (more.length > 0) {
    return {
      ok: false,
      problems: [
        localized({
          en: 'The text holds several lines: give one record per line, or import it as a zone file.',
          fr: 'Le texte contient plusieurs lignes : donnez un enregistrement par ligne, ou importez-le comme fichier de zone.',
        }),
      ],
    };
  }
  const [owner, ...rest] = entry.tokens;
  if (entry.blankOwner || !owner) {
    return {
      ok: false,
      problems: [
        localized({
          en: `The line starts with a space, so it has no name: start it with the name, or @ for the domain itself; {howTo}.`,
          fr: `La ligne commence par une espace, elle n’a donc pas de nom : commencez-la par le nom, ou @ pour le domaine lui-même ; {howTo}.`,
        }, { howTo: HOW_TO_WRITE }),
      ],
    };
  }
  if (!owner.quoted && owner.raw.startsWith('$')) {
    return {
      ok: false,
      problems: [
        localized({
          en: `"{raw}" is a zone-file directive, not a record: import the whole file as a zone to use it.`,
          fr: `« {raw} » est une directive de fichier de zone, pas un enregistrement : importez tout le fichier comme zone pour l’utiliser.`,
        }, { raw: owner.raw }),
      ],
    };
  }
  const result = parseEntry(owner.raw, rest, {
    origin: options.origin,
    ttl: options.defaultTtl ?? FALLBACK_TTL,
  });
  return result.ok ? result : { ok: false, problems: result.problems };
}

/**
 * A whole zone file or snippet, read by zone-read.ts (BIND's rules), each record then checked as
 * an e-mail record (validateRecord): what the paste box imports. Lines of other types are
 * problems with `skippedType`; a record without any TTL gets `defaultTtl`, else FALLBACK_TTL.
 */
export function parseZone(text: string, options: { origin?: string; defaultTtl?: number } = {}): ParsedZone {
  const zone = readZone(text, {
    ...(options.origin !== undefined && { origin: normalizeName(options.origin) }),
    defaultTtl: options.defaultTtl ?? FALLBACK_TTL,
  });
  const problems: ZoneProblem[] = [
    ...zone.errors.map(({ line, reason }) => ({ line, message: withLine(line, reason) })),
    ...zone.skipped.map(({ line, reason, type }) => ({ line, message: withLine(line, reason), ...(type !== undefined && { skippedType: type }) })),
  ];
  const records: DnsRecord[] = [];
  for (const { line, record } of zone.records) {
    const invalid = validateRecord(record);
    if (invalid.length === 0) records.push(record);
    else problems.push(...invalid.map((message) => ({ line, message: withLine(line, message) })));
  }
  return { records, problems: problems.sort((a, b) => a.line - b.line) };
}

function withLine(line: number, message: Localized): Localized {
  return localized({ en: `Line {line}: {message}`, fr: `Ligne {line} : {message}` }, { line, message });
}
