/**
 * Zone-file entries → model records: one line (parseRecordLine, for a pasted record)
 * or a whole zone (parseZone, for an imported file). Entries of other types (SOA, NS,
 * CAA…) are not an error in a zone: they are skipped with a problem that says so.
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { normalizeName } from './normalize.js';
import type { DnsRecord } from './types.js';
import { validateDomainName, validateTtl } from './validate.js';
import { HOW_TO_WRITE, parseEntry, parseTtlText } from './zone-entry.js';
import { resolveNameToken } from './zone-rdata.js';
import { tokenizeZone, type LineProblem, type ZoneToken } from './zone-tokenize.js';

export { parseTtlText } from './zone-entry.js';

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
        report(localized({
          en: 'the line starts with a space but no record comes before it to take the name from: start the line with the name, or @ for the domain itself.',
          fr: 'la ligne commence par une espace mais aucun enregistrement ne la précède pour en reprendre le nom : commencez la ligne par le nom, ou @ pour le domaine lui-même.',
        }));
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
  // Tokenizer problems were collected first: put everything back in file order.
  return { records, problems: zoneProblems.sort((a, b) => a.line - b.line) };
}

function withLine(line: number, message: Localized): Localized {
  return localized({ en: `Line {line}: {message}`, fr: `Ligne {line} : {message}` }, { line, message });
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
            localized({
              en: `"$TTL {argument}" is not a duration: write seconds, such as $TTL 3600.`,
              fr: `« $TTL {argument} » n’est pas une durée : écrivez des secondes, comme $TTL 3600.`,
            }, { argument }),
          ]
        : validateTtl(ttl);
    return problems.length > 0 || ttl === undefined ? { problems } : { ttl, problems };
  }
  if (directive === '$ORIGIN' || directive === '$TTL') {
    return {
      problems: [
        localized({
          en: `{directive} takes exactly one value, such as {example}.`,
          fr: `{directive} prend exactement une valeur, comme {example}.`,
        }, { directive, example: directive === '$TTL' ? '$TTL 3600' : '$ORIGIN example.com.' }),
      ],
    };
  }
  return {
    problems: [
      localized({
        en: `The {directive} directive is not supported, so this line is skipped: paste the records it stands for instead.`,
        fr: `La directive {directive} n’est pas prise en charge, cette ligne est donc ignorée : collez plutôt les enregistrements qu’elle représente.`,
      }, { directive }),
    ],
  };
}
