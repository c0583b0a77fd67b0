import type { Localized } from '../i18n/lang.js';
import { initialState, isValidState, step } from './dsa2/checksum.js';
import { formatGroups, SEPARATOR, symbolOf } from './dsa2/crockford.js';
import { DSA2_MAX_SYMBOLS, DSA2_PREFIX } from './dsa2/dsa2-code.js';
import { shareMessages } from './share-messages.js';

export type FoundCode = { ok: true; code: string } | { ok: false; problem: Localized };

/** A long e-mail thread fits; a pasted document or log is refused before any work. */
export const MAX_PASTED_TEXT = 100_000;
/** Occurrences of the prefixes looked at: bounds the work on hostile text ("DSA2 DSA2 DSA2…"). */
const MAX_OCCURRENCES = 16;

const DSA1_CODE = /(?<![A-Za-z0-9])DSA1:[A-Za-z0-9_-]*/g;
const DSA2_START = /(?<![A-Za-z0-9])DSA2(?![A-Za-z0-9])/gi;

/**
 * The share code inside pasted text (an e-mail, a chat message, a ticket): "Here is my code:
 * DSA1:…", or a DSA2 code in any case, split across lines, quoted with `>`, its hyphens turned
 * into dashes or spaces. A DSA2 code ends where its checksum holds, so the words after it are
 * not taken in. The code is returned for decodeShareCode, which says what is wrong with it;
 * text holding two different codes is refused rather than guessed.
 */
export function findShareCode(text: string): FoundCode {
  if (text.length > MAX_PASTED_TEXT) return { ok: false, problem: shareMessages.pasteTooLong(MAX_PASTED_TEXT) };
  if (text.trim() === '') return { ok: false, problem: shareMessages.empty };
  const valid = new Set<string>();
  let damaged: string | undefined;
  for (const match of firstMatches(text, DSA1_CODE)) valid.add(match[0]);
  for (const match of firstMatches(text, DSA2_START)) {
    const found = dsa2After(text, match.index + match[0].length);
    if (found.valid !== undefined) valid.add(found.valid);
    else damaged ??= found.damaged;
  }
  if (valid.size > 1) return { ok: false, problem: shareMessages.severalCodes(valid.size) };
  const [only] = valid;
  const code = only ?? damaged ?? codeWithoutPrefix(text.trim());
  return code === undefined ? { ok: false, problem: shareMessages.wrongPrefix } : { ok: true, code };
}

function firstMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null && matches.length < MAX_OCCURRENCES; match = pattern.exec(text)) matches.push(match);
  return matches;
}

interface Group {
  text: string;
  /** Joined to the previous group by a hyphen (or a dash), not only by white space. */
  hyphenated: boolean;
}

/**
 * The groups after a `DSA2` prefix: runs of letters and digits between separators, a line break
 * allowed (with the `>` of a quoted e-mail after it) but not a blank line.
 */
function groupsFrom(text: string, start: number): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let at = start;
  let length = 0;
  while (length <= DSA2_MAX_SYMBOLS) {
    const separator = separatorAt(text, at);
    if (separator.length === 0 && groups.length > 0) break;
    const run = /^[A-Za-z0-9]+/.exec(text.slice(at + separator.length, at + separator.length + 64))?.[0];
    if (run === undefined) break;
    groups.push({ text: run, hyphenated: /[^\s>]/.test(separator) });
    at += separator.length + run.length;
    length += run.length;
  }
  return { groups, end: at };
}

function separatorAt(text: string, at: number): string {
  let end = at;
  let lineBreaks = 0;
  for (; end < text.length; end++) {
    const char = text.charAt(end);
    if (char === '\n' && ++lineBreaks > 1) break;
    if (SEPARATOR.test(char) || (char === '>' && lineBreaks > 0)) continue;
    break;
  }
  return text.slice(at, end);
}

/**
 * The longest run of groups whose checksum holds (a valid code, in its printed form), else the
 * groups that look like the code for decodeShareCode to say what is wrong: the hyphenated ones
 * when the code was written with hyphens, else whole groups of 4 and the shorter last one.
 */
function dsa2After(text: string, start: number): { valid?: string; damaged?: string } {
  const { groups } = groupsFrom(text, start);
  let state = initialState();
  const symbols: number[] = [];
  let validLength = 0;
  for (const group of groups) {
    const groupSymbols = [...group.text].map(symbolOf);
    if (groupSymbols.includes(undefined)) break;
    for (const symbol of groupSymbols as number[]) state = step(state, symbol);
    symbols.push(...(groupSymbols as number[]));
    if (isValidState(state)) validLength = symbols.length;
  }
  if (validLength > 0) return { valid: DSA2_PREFIX + formatGroups(symbols.slice(0, validLength)) };
  if (groups.length === 0) return {};
  const hyphenated = groups[1]?.hyphenated === true;
  const taken: Group[] = [];
  for (const group of groups) {
    if (taken.length > 0 && (hyphenated ? !group.hyphenated : (taken.at(-1)?.text.length ?? 0) !== 4)) break;
    if (!hyphenated && group.text.length > 4) break;
    taken.push(group);
  }
  return { damaged: DSA2_PREFIX + taken.map((group) => group.text).join('-') };
}

/** The groups alone, as a customer reads them out ("7K3M-…"): accepted when the whole text is shaped like a code. */
function codeWithoutPrefix(text: string): string | undefined {
  const { groups, end } = groupsFrom(text, 0);
  const shaped = groups.length >= 2 && groups.every((group, i) => group.text.length === 4 || (i === groups.length - 1 && group.text.length < 4));
  return shaped && end === text.length ? DSA2_PREFIX + groups.map((group) => group.text).join('-') : undefined;
}
