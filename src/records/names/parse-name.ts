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

export function parseName(input: string, rules: NameRules): ParsedName {
  if (input.length > MAX_INPUT) {
    return refuse(say.tooLong(`${visibleText(input.slice(0, 40))}…`, input.length, MAX_NAME));
  }
  const text = input.trim();
  const shown = visibleText(text);
  if (text === '') return refuse(say.empty());
  const removed = new Set<string>();
  for (const char of text) {
    const problem = characterProblem(char, shown, removed);
    if (problem) return refuse(problem);
  }
  const dotted = text.replace(SEPARATORS, '.');
  const absolute = dotted.endsWith('.');
  const labels = (absolute ? dotted.slice(0, -1) : dotted).split('.');
  const ascii: string[] = [];
  for (const label of labels) {
    const converted = label === '' ? '' : uts46ToAscii(label, rules.allowUnderscore);
    if (converted === null) return refuse(labelProblem(label, shown, rules.allowUnderscore));
    // A label of ignored characters only is empty once they are removed.
    if (converted === '') return refuse(say.emptyLabel(shown));
    if (converted.length > MAX_LABEL) return refuse(say.labelTooLong(shown, visibleText(label), converted.length, MAX_LABEL));
    ascii.push(converted);
  }
  const name = ascii.join('.');
  // Each label passed alone; the bidi rule (RFC 5893) also judges labels by their neighbours.
  if (uts46ToAscii(name, rules.allowUnderscore) === null) return refuse(say.bidi(shown));
  if (name.length > MAX_NAME) return refuse(say.tooLong(shown, name.length, MAX_NAME));
  const notices = [...removed].map((chars) => say.removed(shown, chars));
  return { ok: true, ascii: name, labels: ascii.length, absolute, notices };
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

function refuse(problem: Localized): ParsedName {
  return { ok: false, problem };
}
