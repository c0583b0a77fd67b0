import type { Localized } from '../../i18n/lang.js';

/**
 * RFC 7208 §4.6.1 and §7.1: terms are separated by spaces only, and every character of a term is
 * visible ASCII (%x21-7E). A CR or LF pasted into a TXT value, a tab, a NUL or a non-ASCII
 * character makes receivers reject the policy. These helpers find the first such character, name
 * it, and write the term back with it made visible: it must never reach a terminal or page raw.
 */

const INVISIBLE = /[^\x21-\x7e]/u;

/** The first character of `term` that SPF does not allow, if any. */
export function forbiddenCharacter(term: string): string | undefined {
  return INVISIBLE.exec(term)?.[0];
}

const NAMED: Record<string, Localized> = {
  '\r': { en: 'a carriage return (CR)', fr: 'un retour chariot (CR)' },
  '\n': { en: 'a line feed (LF)', fr: 'un saut de ligne (LF)' },
  '\t': { en: 'a tab', fr: 'une tabulation' },
};

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function describeCharacter(character: string): Localized {
  const named = NAMED[character];
  if (named) return named;
  const point = character.codePointAt(0) ?? 0;
  return point < 0x80
    ? { en: `a control character (${codePoint(character)})`, fr: `un caractère de contrôle (${codePoint(character)})` }
    : { en: `a non-ASCII character (${codePoint(character)})`, fr: `un caractère non ASCII (${codePoint(character)})` };
}

const ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** The term with each character SPF does not allow written as `\r`, `\n`, `\t` or `\u{HEX}`. */
export function visibleTerm(term: string): string {
  return term.replace(/[^\x21-\x7e]/gu, (c) => ESCAPES[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}
