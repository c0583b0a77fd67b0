/**
 * Record data in zone-file presentation → model fields (value, priority, weight, port).
 * Syntax problems (wrong number of parts, a word where a number goes) are reported
 * first; only well-formed data is then checked for values (validateRdataFields), so
 * one mistake gives one sentence.
 */
import type { Localized } from '../../i18n/lang.js';
import { canonicalIPv6 } from '../ip-address.js';
import { normalizeName } from '../normalize.js';
import type { RecordType } from '../types.js';
import type { RdataFields } from './generic.js';
import { shownToken } from './shown.js';
import { validateRdataFields } from '../validate.js';
import { textOfStrings, TXT_NOT_UTF8 } from '../txt-strings.js';
import { decodeCharacterString } from './escapes.js';
import { tokenizeZone, type ZoneToken } from './tokenize.js';
import { localized } from '../../i18n/format.js';

export type { RdataFields } from './generic.js';
export type RdataResult = { ok: true; fields: RdataFields } | { ok: false; problems: Localized[] };

/** Parses rdata text such as `10 mx1.example.com.`; relative names are completed with `origin`. */
export function parseRdata(type: RecordType, text: string, origin: string): RdataResult {
  const { lines, problems } = tokenizeZone(text);
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => problem.message) };
  return parseRdataTokens(type, lines.flatMap((line) => line.tokens), origin);
}

const SHAPES: Record<RecordType, { parts: Localized; example: string }> = {
  A: { parts: localized({ en: 'one IPv4 address', fr: 'une adresse IPv4' }), example: '192.0.2.10' },
  AAAA: { parts: localized({ en: 'one IPv6 address', fr: 'une adresse IPv6' }), example: '2001:db8::10' },
  CNAME: { parts: localized({ en: 'one target name', fr: 'un nom cible' }), example: 'target.example.net.' },
  MX: {
    parts: localized({ en: 'a priority and a mail server name', fr: 'une priorité et un nom de serveur de courrier' }),
    example: '10 mx1.example.com.',
  },
  SRV: {
    parts: localized({ en: 'a priority, a weight, a port and a target', fr: 'une priorité, un poids, un port et une cible' }),
    example: '0 0 443 mail.example.com.',
  },
  TXT: {
    parts: localized({ en: 'one or more quoted strings', fr: 'une ou plusieurs chaînes entre guillemets' }),
    example: '"v=spf1 mx ~all"',
  },
};

/** The sentence for data with the wrong number of parts for its type, such as `MX mail.example.com.`. */
export function rdataShapeProblem(type: RecordType, tokens: readonly ZoneToken[]): Localized | undefined {
  const expected = { A: 1, AAAA: 1, CNAME: 1, MX: 2, SRV: 4, TXT: undefined }[type];
  if (tokens.length > 0 && (expected === undefined || tokens.length === expected)) return undefined;
  const shape = SHAPES[type];
  const written = shownToken(tokens.map((token) => token.raw).join(' '));
  return localized({
    en: `{type} data needs {parts}, such as {example}; "{written}" has {found}.`,
    fr: `Les données {type} demandent {parts}, comme {example} ; « {written} » a {found}.`,
  }, {
    type,
    parts: shape.parts,
    example: shape.example,
    written,
    found: localized({ en: { one: '{count} part', other: '{count} parts' }, fr: { one: '{count} partie', other: '{count} parties' } }, { count: tokens.length }),
  });
}

/** The same, from tokens already split (parseRecordLine shares this). */
export function parseRdataTokens(
  type: RecordType,
  tokens: readonly ZoneToken[],
  origin: string | undefined,
): RdataResult {
  const shape = rdataShapeProblem(type, tokens);
  if (shape) return { ok: false, problems: [shape] };
  const syntax: Localized[] = [];
  const fields = readFields(type, tokens, origin, syntax);
  if (syntax.length > 0) return { ok: false, problems: syntax };
  const problems = validateRdataFields({ type, name: '', ttl: 0, ...fields });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fields };
}

function readFields(
  type: RecordType,
  tokens: readonly ZoneToken[],
  origin: string | undefined,
  problems: Localized[],
): RdataFields {
  const raw = (index: number): string => tokens[index]?.raw ?? '';
  const name = (index: number): string => resolveNameToken(raw(index), origin, problems);
  const number = (index: number, field: Localized): number | undefined =>
    readNumber(raw(index), field, problems);
  switch (type) {
    case 'A':
      return { value: raw(0) };
    case 'AAAA':
      return { value: canonicalIPv6(raw(0)) ?? raw(0) };
    case 'CNAME':
      return { value: name(0) };
    case 'MX':
      return { priority: number(0, PRIORITY), value: name(1) };
    case 'SRV':
      return {
        priority: number(0, PRIORITY),
        weight: number(1, WEIGHT),
        port: number(2, PORT),
        value: name(3),
      };
    case 'TXT':
      return { value: readTxt(tokens, problems) };
  }
}

export const PRIORITY: Localized = localized({ en: 'priority', fr: 'priorité' });
export const WEIGHT: Localized = localized({ en: 'weight', fr: 'poids' });
export const PORT: Localized = localized({ en: 'port', fr: 'port' });

export function readNumber(raw: string, field: Localized, problems: Localized[]): number | undefined {
  if (/^[0-9]+$/.test(raw)) return Number(raw);
  const shown = shownToken(raw);
  problems.push(localized({
    en: `The {field} "{shown}" is not a whole number: write digits only, such as 10.`,
    fr: `La valeur « {shown} » du champ {field} n’est pas un nombre entier : n’écrivez que des chiffres, comme 10.`,
  }, { field, shown }));
  return undefined;
}

/** All strings' bytes joined, then read as UTF-8: a character may straddle two strings. */
function readTxt(tokens: readonly ZoneToken[], problems: Localized[]): string {
  const parts: Uint8Array[] = [];
  for (const token of tokens) {
    const decoded = decodeCharacterString(token.raw);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return '';
    }
    parts.push(decoded.bytes);
  }
  const text = textOfStrings(parts);
  if (text === undefined) problems.push(TXT_NOT_UTF8);
  return text ?? '';
}

/**
 * A name token in model form. Escapes are refused: host names never need them, and a
 * `\.` inside a label could not be kept apart from a real dot in the model.
 */
export function resolveNameToken(raw: string, origin: string | undefined, problems: Localized[]): string {
  if (raw.includes('\\')) {
    problems.push(localized({
      en: `The name "{raw}" contains a backslash escape, which names for e-mail records never need: write the name plainly.`,
      fr: `Le nom « {raw} » contient un échappement par barre oblique inverse, inutile pour les noms des enregistrements de courrier : écrivez le nom simplement.`,
    }, { raw }));
    return raw;
  }
  const absolute = raw.endsWith('.');
  if (origin === undefined && !absolute) {
    problems.push(localized({
      en: `The name "{raw}" is relative (no final dot) but no origin is known: end it with a dot, or put a $ORIGIN line before it.`,
      fr: `Le nom « {raw} » est relatif (sans point final) mais aucune origine n’est connue : terminez-le par un point, ou placez une ligne $ORIGIN avant lui.`,
    }, { raw }));
    return raw;
  }
  return normalizeName(raw, origin);
}
