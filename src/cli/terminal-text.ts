/**
 * Text from DNS made safe to print on a terminal. A name in an answer may hold any byte (RFC 2181
 * §11), ESC and BEL included: printed as is, `\x1b]52;…` could write the clipboard of a support
 * agent's terminal and `\x1b[2K\r` could redraw a WRONG line as OK. Control characters (C0 with
 * tab and line breaks, DEL, C1) are shown the way zone files write bytes, `\DDD` (RFC 1035 §5.1).
 * JSON output needs none of this: JSON.stringify escapes them already.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function terminalText(text: string): string {
  return text.replace(CONTROL, (char) => `\\${String(char.charCodeAt(0)).padStart(3, '0')}`);
}
