/**
 * TXT character-strings. In the model a TXT value is one text; on the wire and in zone
 * files it is a list of strings of at most 255 BYTES each (RFC 1035 3.3). Splitting
 * works on the UTF-8 bytes of the raw text, before any escaping, so a cut never falls
 * inside a multi-byte character or inside an escape sequence.
 */

import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { joinBytes } from '../lib/bytes.js';

export const MAX_STRING_BYTES = 255;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text cut into strings of ≤255 UTF-8 bytes, each ending on a whole character; '' → ['']. */
export function splitTxt(value: string): string[] {
  const strings: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of value) {
    const bytes = utf8Length(char.codePointAt(0) ?? 0);
    if (currentBytes + bytes > MAX_STRING_BYTES) {
      strings.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  strings.push(current);
  return strings;
}

/**
 * The bytes of a TXT record's strings read as one text: joined first, since a character may
 * straddle two strings; undefined when they are not UTF-8 (valid DNS, but no text to hold).
 */
export function textOfStrings(parts: readonly Uint8Array[]): string | undefined {
  try {
    return strictUtf8.decode(joinBytes(parts));
  } catch {
    return undefined;
  }
}

export const TXT_NOT_UTF8: Localized = localized({
  en: 'The TXT text has bytes (written as \\DDD) that do not form UTF-8 characters: write the text itself, or escape each byte of a character.',
  fr: 'Le texte TXT contient des octets (écrits \\DDD) qui ne forment pas des caractères UTF-8 : écrivez le texte lui-même, ou échappez chaque octet d’un caractère.',
});

/** Bytes of one code point in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The strings of one TXT record read back as one text (they carry no separator). */
export function joinTxt(strings: readonly string[]): string {
  return strings.join('');
}

/**
 * One character-string in zone-file presentation: quoted, `"` and `\` escaped, control
 * characters as `\DDD`. Other characters, non-ASCII included, stay readable as they are.
 */
export function quoteTxtString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${String(code).padStart(3, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** A TXT value in zone-file presentation: its ≤255-byte strings, quoted, separated by spaces. */
export function formatTxtValue(value: string): string {
  return splitTxt(value).map(quoteTxtString).join(' ');
}
