/**
 * A name as a page shows it, read without the UTS #46 table (tr46's ~60 KB gzip would be most of
 * the content script, which runs on every registrar page load). Lenient on purpose: it says what
 * looks like a name, never that a name is valid. What it gives is read again strictly
 * (parseZoneName, with the table) where the table is: the background for a page's zone, the
 * filler for its plan, buildCapture for a capture.
 *
 * - An ASCII name (letters, digits, hyphens, `_` where allowed; `xn--` labels as they are) comes
 *   out in model form: lowercase, no final dot.
 * - A name with other letters (an IDN in its own script) comes out as text, its dots made ASCII:
 *   mapping it to its DNS form is the table's job, not a guess of ours.
 */

/** The dots UTS #46 reads as label separators (ASCII, ideographic, full-width, half-width). */
const SEPARATORS = /[.\u3002\uFF0E\uFF61]/g;
const MAX_NAME = 253;
const MAX_LABEL = 63;
const ASCII_LABEL = /^[a-z0-9-]+$/;
const ASCII_SERVICE_LABEL = /^[a-z0-9_-]+$/;
/** Letters, marks and digits of any script; the joiners that IDNA allows where a script needs them. */
const IDN_LABEL = /^[\p{L}\p{M}\p{N}\u200c\u200d-]+$/u;
const IDN_SERVICE_LABEL = /^[\p{L}\p{M}\p{N}\u200c\u200d_-]+$/u;

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

function labelLooksRight(label: string, ascii: boolean, allowUnderscore: boolean): boolean {
  if (label.length === 0 || label.length > MAX_LABEL) return false;
  // A hyphen at an ASCII label's end is refused by every reading; an IDN's is the strict reading's to judge.
  if (ascii) return !label.startsWith('-') && !label.endsWith('-') && (allowUnderscore ? ASCII_SERVICE_LABEL : ASCII_LABEL).test(label);
  return (allowUnderscore ? IDN_SERVICE_LABEL : IDN_LABEL).test(label);
}

/**
 * The name a page shows, in model form when it is ASCII, as text when it is an IDN; undefined
 * when it cannot be a name (a sign, a space, an empty label, a hyphen at an ASCII label's end, too long).
 */
export function nameCandidate(text: string, options: { allowUnderscore?: boolean } = {}): string | undefined {
  const dotted = text.trim().replace(SEPARATORS, '.');
  const name = dotted.endsWith('.') ? dotted.slice(0, -1) : dotted;
  if (name.length === 0 || name.length > MAX_NAME) return undefined;
  const ascii = isAscii(name);
  const spelled = ascii ? name.toLowerCase() : name.normalize('NFC');
  const looksRight = spelled.split('.').every((label) => labelLooksRight(label, ascii, options.allowUnderscore ?? false));
  return looksRight ? spelled : undefined;
}
