/**
 * TXT character-strings. In the model a TXT value is one text; on the wire and in zone
 * files it is a list of strings of at most 255 BYTES each (RFC 1035 3.3). Splitting
 * works on the UTF-8 bytes of the raw text, before any escaping, so a cut never falls
 * inside a multi-byte character or inside an escape sequence.
 */

export const MAX_STRING_BYTES = 255;

const encoder = new TextEncoder();

/** The text cut into strings of ≤255 UTF-8 bytes, each ending on a whole character; '' → ['']. */
export function splitTxt(value: string): string[] {
  const strings: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of value) {
    const bytes = encoder.encode(char).length;
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
