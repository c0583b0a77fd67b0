/**
 * A piece of a zone file quoted in a sentence. Zone files are hostile input: a token may hold
 * control, bidi or invisible characters, shown here as their bytes, `\DDD`, the way zone files
 * write bytes (so the sentence can neither redraw a terminal nor reorder itself), and it may be
 * megabytes long, so it is cut after 80 characters (an ellipsis says so).
 */
const MAX_SHOWN = 80;
/** C0/C1 controls, format characters (bidi, zero-width, soft hyphen), separators, lone surrogates. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const encoder = new TextEncoder();

export function shownToken(raw: string): string {
  const kept = Array.from(raw.slice(0, MAX_SHOWN * 2)).slice(0, MAX_SHOWN).join('');
  const shown = kept.replace(HIDDEN, (char) =>
    Array.from(encoder.encode(char), (byte) => `\\${String(byte).padStart(3, '0')}`).join(''),
  );
  return kept.length < raw.length ? `${shown}…` : shown;
}
