import { symbolOf } from './crockford.js';

/**
 * The check characters of a DSA2 code: a BCH code over GF(32), built the way BIP-173 builds
 * bech32's (https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki, "Checksum design"),
 * with a generator of our own. GF(32) is GF(2)[a]/(a⁵ + a² + 1); β is a primitive element of
 * GF(1024) = GF(32)[y]/(y² + y + 3); g(x) is the product of the minimal polynomials of β, β², β³:
 *   g(x) = x⁶ + 2x⁵ + 8x⁴ + 8x³ + 11x² + 25x + 31
 * Three consecutive roots give a minimum distance of at least 4 for codes up to 1023 symbols
 * (the BCH bound): any 3 wrong characters are detected, and one wrong character is located.
 * An adjacent swap changes 2 characters, so it is detected too. test/unit/share/ re-derives g
 * from this construction and tries every substitution and swap on thousands of codes.
 *
 * A remainder (6 symbols) is packed in one number, 5 bits a symbol, the x⁵ coefficient first.
 */
const GENERATOR = [2, 8, 8, 11, 25, 31];
export const CHECK_LENGTH = GENERATOR.length;

/** GF(32) products, a 32 × 32 table made once by shift-and-add modulo a⁵ + a² + 1. */
const PRODUCTS = Array.from({ length: 1024 }, (_, index) => {
  const [a, b] = [index >> 5, index & 31];
  let product = 0;
  for (let bit = 4; bit >= 0; bit--) {
    product <<= 1;
    if (product & 32) product ^= 0b100101;
    if ((b >> bit) & 1) product ^= a;
  }
  return product;
});
const multiply = (a: number, b: number): number => PRODUCTS[(a << 5) | b] ?? 0;
/** QUOTIENTS[(a·b) << 5 | b] = a, for b ≠ 0. */
const QUOTIENTS = new Array<number>(1024).fill(0);
PRODUCTS.forEach((product, index) => {
  if ((index & 31) !== 0) QUOTIENTS[(product << 5) | (index & 31)] = index >> 5;
});

/** x⁶ ≡ g(x) − x⁶ (characteristic 2): what the coefficient pushed out of x⁵ folds back as, per value. */
const REDUCTION = Array.from({ length: 32 }, (_, top) => GENERATOR.reduce((packed, g) => (packed << 5) | multiply(top, g), 0));

/** The remainder of the symbols so far times x, plus one more symbol, modulo g (an LFSR step). */
export function step(state: number, symbol: number): number {
  return ((((state & 0x1ffffff) << 5) | symbol) ^ (REDUCTION[state >>> 25] ?? 0)) >>> 0;
}

/** What a valid code leaves: not 0, so that zeros appended to a valid code break the checksum (as in bech32). */
const VALID = 1;
/** `DSA2` is 4 symbols of the alphabet: hashed first, so a code of another version never checks. */
const INITIAL = [...'DSA2'].reduce((state, char) => step(state, symbolOf(char) ?? 0), 0);

export function initialState(): number {
  return INITIAL;
}

export function isValidState(state: number): boolean {
  return state === VALID;
}

const unpack = (packed: number): number[] => [25, 20, 15, 10, 5, 0].map((shift) => (packed >>> shift) & 31);
/** e·v, coefficient by coefficient. */
const scale = (e: number, packed: number): number => unpack(packed).reduce((sum, value) => (sum << 5) | multiply(e, value), 0);

/** The check symbols that make `data` (the symbols after the prefix) a valid code. */
export function checkSymbols(data: readonly number[]): number[] {
  const state = [...data, 0, 0, 0, 0, 0, 0].reduce(step, INITIAL);
  return unpack(state ^ VALID);
}

export type ChecksumVerdict =
  | { ok: true }
  /** Positions: 1-based, among the symbols after the prefix. */
  | { ok: false; wrong?: number; swapped?: number };

/**
 * Whether the symbols (data and check) are a valid code and, when not, where the fault is: the
 * code is linear, so the syndrome of one error e at distance j from the end is e·(xʲ mod g).
 * A single wrong symbol is looked for first (there is at most one, the distance being 4), then
 * two adjacent symbols swapped; several errors usually match neither and are reported as such.
 */
export function verifyChecksum(symbols: readonly number[]): ChecksumVerdict {
  const syndrome = symbols.reduce(step, INITIAL) ^ VALID;
  if (syndrome === 0) return { ok: true };
  const n = symbols.length;
  const powers = [1];
  for (let j = 1; j < n; j++) powers.push(step(powers[j - 1] ?? 0, 0));
  const wrong = powers.findIndex((power) => isMultiple(syndrome, power));
  if (wrong >= 0) return { ok: false, wrong: n - wrong };
  const swaps = powers.flatMap((power, j) => {
    const difference = (symbols[n - 1 - j] ?? 0) ^ (symbols[n - j] ?? 0);
    return j > 0 && difference !== 0 && scale(difference, power ^ (powers[j - 1] ?? 0)) === syndrome ? [n - j] : [];
  });
  return swaps.length === 1 ? { ok: false, swapped: swaps[0] } : { ok: false };
}

/** Whether syndrome = e·power for some symbol e ≠ 0: e is read off one coefficient, then checked on all. */
function isMultiple(syndrome: number, power: number): boolean {
  const shift = [0, 5, 10, 15, 20, 25].find((s) => ((power >>> s) & 31) !== 0) ?? 0;
  const [target, base] = [(syndrome >>> shift) & 31, (power >>> shift) & 31];
  const e = QUOTIENTS[(target << 5) | base] ?? 0;
  return e > 0 && scale(e, power) === syndrome;
}
