/**
 * Crockford's base32 (https://www.crockford.com/base32.html): digits and letters without I, L, O
 * and U, read without regard to case, O as 0 and I or L as 1, so a code read out on the phone
 * survives the usual confusions. ASCII only: a Turkish dotless ı is not an I.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const READ_AS: readonly [string, number][] = [
  ...[...ALPHABET].flatMap((char, symbol): [string, number][] => [[char, symbol], [char.toLowerCase(), symbol]]),
  ...[...'OoIiLl'].map((char): [string, number] => [char, /[Oo]/.test(char) ? 0 : 1]),
];
const SYMBOLS = new Map(READ_AS);

/** The symbol (0–31) a character stands for, or undefined (U, punctuation, anything else). */
export function symbolOf(char: string): number | undefined {
  return SYMBOLS.get(char);
}

function charOf(symbol: number): string {
  return ALPHABET.charAt(symbol);
}

/**
 * What may stand between groups: hyphens and the dashes and minus signs that word processors and
 * chat apps put in their place, and white space (a code split across lines, read out in groups).
 */
export const SEPARATOR = /[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\s]/u;

/** The symbols in groups of 4 joined by hyphens: the one way codes are printed after `DSA2-`. */
export function formatGroups(symbols: readonly number[]): string {
  const chars = symbols.map(charOf).join('');
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}
