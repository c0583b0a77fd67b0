/**
 * Text from users, codes and DNS made safe to echo on a terminal or into a report. A name in an
 * answer may hold any byte (RFC 2181 §11), ESC and BEL included: printed as is, `\x1b]52;…`
 * could write the clipboard of a support agent's terminal and `\x1b[2K\r` could redraw a WRONG
 * line as OK. Bidi controls reorder what is shown (Trojan Source, CVE-2021-42574) and format
 * characters (zero-width, soft hyphen) hide what is there, so two different values look alike.
 *
 * Control characters (C0 with tab and line breaks, DEL, C1) are shown the way zone files write
 * bytes, `\DDD` (RFC 1035 §5.1); bidi controls, every other format character (Unicode category
 * Cf) and the line and paragraph separators are shown as `\u{202E}`. Accents, IDN and emoji
 * stay as they are. JSON output needs none of this: JSON.stringify escapes what it must.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;
const FIRST_HIDDEN = new RegExp(HIDDEN.source, 'u');
/** What JSON.stringify leaves raw (it escapes C0 itself, and its own line breaks must stay). */
const HIDDEN_IN_JSON = /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

function shown(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  if (CONTROL.test(char)) return `\\${String(point).padStart(3, '0')}`;
  return `\\u{${point.toString(16).toUpperCase()}}`;
}

export function visibleText(text: string): string {
  return text.replace(HIDDEN, shown);
}

/** The first character visibleText would escape, as it shows it (`\027`, `\u{202E}`), or undefined. */
export function firstHiddenCharacter(text: string): string | undefined {
  const match = FIRST_HIDDEN.exec(text);
  return match ? shown(match[0]) : undefined;
}

/**
 * JSON for a terminal or a pipe read by people: the same value, with every character visibleText
 * would escape written as JSON's own `\uXXXX`. JSON.stringify escapes C0 controls but leaves
 * DEL, C1 (U+009B is CSI to some terminals), bidi and format characters raw; these only ever
 * occur inside strings, so the escaped text parses to the exact same value.
 */
export function visibleJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(HIDDEN_IN_JSON, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}
