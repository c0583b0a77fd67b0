/**
 * Rules for the text inside a template and for variable values, which come from files and
 * users (hostile): no control or invisible format characters (they would reach terminals and
 * forms), bounded lengths, `%` only in pairs around a variable name.
 */

import { firstHiddenCharacter } from '../../lib/visible-text.js';

/** Longest text field: a 4096-bit DKIM key in one TXT value still fits. */
export const MAX_TEXT_LENGTH = 4096;

/** A variable name as the linter allows it (DCTL1019): letters, digits, `-`, `_`. */
export const VARIABLE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The characters visibleText would have to escape: controls, format characters, and the line and paragraph separators. */
export function hasUnsafeCharacters(text: string): boolean {
  return firstHiddenCharacter(text) !== undefined;
}

/** `%name%` tokens, left to right; `undefined` when a `%` has no partner or a name is not valid. */
export function variableTokens(text: string): string[] | undefined {
  const names: string[] = [];
  let index = 0;
  for (;;) {
    const open = text.indexOf('%', index);
    if (open === -1) return names;
    const close = text.indexOf('%', open + 1);
    if (close === -1) return undefined;
    const name = text.slice(open + 1, close);
    if (!VARIABLE_NAME.test(name)) return undefined;
    names.push(name);
    index = close + 1;
  }
}

/**
 * Each `%name%` replaced by `valueOf(name)`, scanning once from left to right: a value holding
 * `%` is never read again as a variable (as the reference implementation does).
 */
export function substituteVariables(text: string, valueOf: (name: string) => string): string {
  let out = '';
  let index = 0;
  for (;;) {
    const open = text.indexOf('%', index);
    const close = open === -1 ? -1 : text.indexOf('%', open + 1);
    if (close === -1) return out + text.slice(index);
    out += text.slice(index, open) + valueOf(text.slice(open + 1, close));
    index = close + 1;
  }
}
