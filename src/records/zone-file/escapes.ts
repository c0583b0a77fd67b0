/**
 * Zone-file escapes (RFC 1035 §5.1) → bytes: `\DDD` is the byte DDD (decimal), `\X` is X
 * itself, any other character its UTF-8 bytes. Names (zone-name.ts) and strings (TXT) share it.
 */
import type { Localized } from '../../i18n/lang.js';
import { shownToken } from './shown.js';
import { localized } from '../../i18n/format.js';

const BACKSLASH = 92;
const encoder = new TextEncoder();

/** Appends the UTF-8 bytes of the character at `index` (ASCII without a TextEncoder call); returns its length in UTF-16 units. */
export function pushUtf8(text: string, index: number, bytes: number[]): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    bytes.push(code);
    return 1;
  }
  const character = String.fromCodePoint(text.codePointAt(index) ?? 0);
  for (const byte of encoder.encode(character)) bytes.push(byte);
  return character.length;
}

/** A token's bytes: `\DDD` is one byte (decimal), `\X` is X, other characters are their UTF-8. */
export function decodeCharacterString(
  raw: string,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: Localized } {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw.charCodeAt(i) !== BACKSLASH) {
      i += pushUtf8(raw, i, bytes);
      continue;
    }
    const digits = raw.slice(i + 1, i + 4);
    if (/^[0-9]/.test(digits)) {
      const value = Number(digits);
      if (!/^[0-9]{3}$/.test(digits) || value > 255) {
        return { ok: false, problem: badEscape(raw, `\\${digits}`) };
      }
      bytes.push(value);
      i += 4;
    } else if (i + 1 < raw.length) {
      i += 1 + pushUtf8(raw, i + 1, bytes);
    } else {
      return { ok: false, problem: badEscape(raw, '\\') };
    }
  }
  return { ok: true, bytes: Uint8Array.from(bytes) };
}

export function badEscape(raw: string, escape: string): Localized {
  const shown = shownToken(raw);
  const escapeShown = shownToken(escape);
  return localized({
    en: `"{shown}" contains the escape "{escapeShown}", which is not valid: write a byte as a backslash and exactly three digits (000 to 255), or a quote as \\" and a backslash as \\\\.`,
    fr: `« {shown} » contient l’échappement « {escapeShown} », qui n’est pas valide : écrivez un octet comme une barre oblique inverse et exactement trois chiffres (000 à 255), un guillemet comme \\" et une barre oblique inverse comme \\\\.`,
  }, { shown, escapeShown });
}
