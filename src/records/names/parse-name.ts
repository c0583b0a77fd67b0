/**
 * The one reading of a name typed, pasted, read from a page or decoded from a code: UTS #46
 * (uts46.ts) plus the house's refusals, each a sentence. zone-name.ts states the two kinds of
 * name built on it (a zone, a host inside a zone).
 *
 * Deliberate differences from plain UTS #46 (the conformance test lists them):
 * - one final dot is accepted and dropped (`example.com.` is the zone-file spelling);
 * - every format character (Unicode Cf) is refused, even those UTS #46 silently ignores (zero-width
 *   space, word joiner, BOM): a name holding an invisible character is a different name than it
 *   looks. Two exceptions: the soft hyphen, which is removed and the user told, and the joiners
 *   U+200C/U+200D, which IDNA allows where a script needs them (ContextJ);
 * - other ignored characters (variation selectors, combining grapheme joiner) are removed and the
 *   user told, where UTS #46 removes them silently.
 */
import type { Localized } from '../../i18n/lang.js';
import { visibleText } from '../../lib/visible-text.js';
import { labelProblem } from './label-problem.js';
import { nameMessages as say } from './name-messages.js';
import { characterStatus, uts46ToAscii } from './uts46.js';

export interface NameRules {
  /** `_dmarc`, `selector1._domainkey`: service labels, allowed in a record's host, not in a zone. */
  allowUnderscore: boolean;
  /** `*` as the whole first label: a wildcard owner in a zone's records, never a zone. */
  allowWildcard?: boolean;
  /**
   * Hyphens in the 3rd and 4th places (`r3---sn-abc.example.net`): UTS #46 keeps them for
   * encodings such as `xn--`, but zone data holds such names, so records may (zones may not).
   */
  allowReservedHyphens?: boolean;
}

export type ParsedName =
  | { ok: true; ascii: string; labels: number; absolute: boolean; notices: Localized[] }
  | { ok: false; problem: Localized };

/** Past this, input is not a name (a name is at most 253 bytes): refused before any work. */
const MAX_INPUT = 1024;
const MAX_LABEL = 63;
export const MAX_NAME = 253;

/** The dots UTS #46 reads as label separators (ASCII, ideographic, full-width, half-width). */
const SEPARATORS = /[.\u3002\uFF0E\uFF61]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const SPACE = /\s/u;
/** Format characters kept out of the refusal: UTS #46 ignores the soft hyphen; ContextJ judges joiners. */
const ALLOWED_FORMAT = /[\u00ad\u200c\u200d]/u;
const FORMAT = /\p{Cf}/u;

/** The name read as far as it goes: its ASCII form, and every problem found on the way. */
interface NameReading {
  ascii: string;
  labels: number;
  absolute: boolean;
  notices: Localized[];
  problems: Localized[];
}

export function parseName(input: string, rules: NameRules): ParsedName {
  const read = readName(input, rules);
  const [problem] = read.problems;
  if (problem) return { ok: false, problem };
  return { ok: true, ascii: read.ascii, labels: read.labels, absolute: read.absolute, notices: read.notices };
}

/** Every problem of a name under the same rules, not only the first: a form shows them all at once. */
export function nameProblems(input: string, rules: NameRules): Localized[] {
  return readName(input, rules).problems;
}

function readName(input: string, rules: NameRules): NameReading {
  const reading: NameReading = { ascii: '', labels: 0, absolute: false, notices: [], problems: [] };
  if (input.length > MAX_INPUT) {
    return { ...reading, problems: [say.tooLong(`${visibleText(input.slice(0, 40))}…`, input.length, MAX_NAME)] };
  }
  const text = input.trim();
  const shown = visibleText(text);
  if (text === '') return { ...reading, problems: [say.empty()] };
  const removed = new Set<string>();
  const characterProblems = [...text].flatMap((char) => characterProblem(char, shown, removed) ?? []);
  if (characterProblems.length > 0) return { ...reading, problems: unique(characterProblems) };
  const dotted = text.replace(SEPARATORS, '.');
  const absolute = dotted.endsWith('.');
  const labels = (absolute ? dotted.slice(0, -1) : dotted).split('.');
  const wildcard = rules.allowWildcard === true && labels[0] === '*';
  const problems: Localized[] = [];
  const ascii = labels.map((label, index) => (wildcard && index === 0 ? label : labelAscii(label, shown, rules, problems)));
  const name = ascii.join('.');
  if (problems.length === 0) {
    // Each label passed alone; the bidi rule (RFC 5893) also judges labels by their neighbours.
    if (uts46ToAscii(wildcard ? ascii.slice(1).join('.') : name, rules.allowUnderscore, !rules.allowReservedHyphens) === null) problems.push(say.bidi(shown));
  }
  if (name.length > MAX_NAME) problems.push(say.tooLong(shown, name.length, MAX_NAME));
  const notices = [...removed].map((chars) => say.removed(shown, chars));
  return { ascii: name, labels: ascii.length, absolute, notices, problems: unique(problems) };
}

/** One label in ASCII; what is wrong with it goes to `problems`. */
function labelAscii(label: string, shown: string, rules: NameRules, problems: Localized[]): string {
  if (label === '') {
    problems.push(say.emptyLabel(shown));
    return label;
  }
  const converted = hostnameOnly(uts46ToAscii(label, rules.allowUnderscore, !rules.allowReservedHyphens), rules);
  if (converted === null) {
    problems.push(labelProblem(label, shown, rules.allowUnderscore));
    return label;
  }
  // Without UTS #46's hyphen check, the ends are still ours to refuse (RFC 952's hostname rule).
  if (converted.startsWith('-') || converted.endsWith('-')) problems.push(say.hyphenEdge(shown, visibleText(label)));
  // A label of ignored characters only is empty once they are removed.
  if (converted === '') problems.push(say.emptyLabel(shown));
  if (converted.length > MAX_LABEL) {
    const quoted = converted === label.toLowerCase() ? visibleText(label) : `${visibleText(label)} (${converted})`;
    problems.push(say.labelTooLong(shown, quoted, converted.length, MAX_LABEL));
  }
  return converted;
}

/**
 * Letters, digits, hyphens (and `_` where allowed): without STD3 rules, which refuse `_`, UTS #46
 * lets every ASCII sign through (`@`, `/`), so the hostname rule is ours to keep.
 */
function hostnameOnly(ascii: string | null, rules: NameRules): string | null {
  const allowed = rules.allowUnderscore ? /^[a-z0-9_-]*$/ : /^[a-z0-9-]*$/;
  return ascii !== null && allowed.test(ascii) ? ascii : null;
}

/** The same sentence once (a name with ten spaces has one problem). */
function unique(problems: Localized[]): Localized[] {
  return [...new Map(problems.map((problem) => [problem.en, problem])).values()];
}

/** Why one character cannot be in a name, or undefined; an ignored one is noted in `removed`. */
function characterProblem(char: string, shown: string, removed: Set<string>): Localized | undefined {
  if (char <= '\u007e' && !CONTROL.test(char) && char !== ' ') return undefined;
  if (CONTROL.test(char)) return say.control(shown, visibleText(char));
  if (FORMAT.test(char) && !ALLOWED_FORMAT.test(char)) return say.invisible(shown, visibleText(char));
  if (SPACE.test(char)) return say.space(shown);
  const status = characterStatus(char);
  if (status === 'disallowed') return say.disallowed(shown, visibleText(char));
  if (status === 'ignored') removed.add(codePointName(char));
  return undefined;
}

/** `U+00AD`: an invisible character has no glyph to quote. */
function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
