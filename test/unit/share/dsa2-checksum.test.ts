import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_LENGTH, checkSymbols, verifyChecksum } from '../../../src/share/dsa2/checksum.js';
import { ALPHABET, symbolOf } from '../../../src/share/dsa2/crockford.js';
import { decodeShareCode, encodeShareCode } from '../../../src/share/share-code.js';

/**
 * The construction, redone from the field arithmetic: GF(32) = GF(2)[a]/(a⁵ + a² + 1),
 * GF(1024) = GF(32)[y]/(y² + y + 3), β = y. g must be the product of the minimal polynomials
 * over GF(32) of β, β² and β³ (BCH, designed distance 4), as src/share/dsa2/checksum.ts says.
 */
function gf32Multiply(a: number, b: number): number {
  let product = 0;
  for (let i = 0; i < 5; i++) if ((b >> i) & 1) product ^= a << i;
  for (let bit = 9; bit >= 5; bit--) if ((product >> bit) & 1) product ^= 0b100101 << (bit - 5);
  return product;
}
type Gf1024 = [number, number]; // a0 + a1·y
const gf1024Multiply = ([a0, a1]: Gf1024, [b0, b1]: Gf1024): Gf1024 => {
  const high = gf32Multiply(a1, b1); // y² = y + 3
  return [gf32Multiply(a0, b0) ^ gf32Multiply(high, 3), gf32Multiply(a0, b1) ^ gf32Multiply(a1, b0) ^ high];
};
const powerOfBeta = (exponent: number): Gf1024 => {
  let value: Gf1024 = [1, 0];
  for (let i = 0; i < exponent % 1023; i++) value = gf1024Multiply(value, [0, 1]);
  return value;
};
const polynomialMultiply = (a: number[], b: number[]) => {
  const product = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (product[i + j]! ^= gf32Multiply(x, y))));
  return product;
};

/** The array with one element replaced (Array.prototype.with is ES2023, past our lib). */
const replaced = (array: readonly number[], index: number, value: number) => array.map((old, i) => (i === index ? value : old));

/** A code's symbols after `DSA2-` (its data and check symbols), and back. */
const symbolsOf = (code: string) => [...code.slice(5).replaceAll('-', '')].map((char) => symbolOf(char)!);
const codeOf = (symbols: number[]) => 'DSA2-' + symbols.map((s) => ALPHABET[s]).join('');

describe('the DSA2 checksum', () => {
  it('uses the BCH generator of the construction it cites', () => {
    let order = 1;
    for (let value = powerOfBeta(1); !(value[0] === 1 && value[1] === 0); value = gf1024Multiply(value, [0, 1])) order++;
    expect(order).toBe(1023); // β is primitive
    const minimal = (i: number) => {
      const [r1, r2] = [powerOfBeta(i), powerOfBeta(32 * i)];
      const product = gf1024Multiply(r1, r2);
      // The coefficients lie in GF(32): the y part vanishes.
      expect([r1[1] ^ r2[1], product[1]]).toEqual([0, 0]);
      return [1, r1[0] ^ r2[0], product[0]];
    };
    const generator = [1, 2, 3].map(minimal).reduce(polynomialMultiply);
    expect(generator).toEqual([1, 2, 8, 8, 11, 25, 31]);
    expect(CHECK_LENGTH).toBe(6);
  });

  it('holds for the symbols it makes, and a zero appended breaks it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 300 }), (data) => {
        const symbols = [...data, ...checkSymbols(data)];
        expect(verifyChecksum(symbols)).toEqual({ ok: true });
        expect(verifyChecksum([...symbols, 0]).ok).toBe(false);
        expect(verifyChecksum([0, ...symbols]).ok).toBe(false);
      }),
    );
  });

  // Exhaustive over 3,000 codes the length of real ones (a setup takes 20 to 80 symbols), and a
  // few long ones: each position, each of the 31 other symbols.
  const codes = [
    ...fc.sample(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 80 }), { numRuns: 3000, seed: 20260301 }),
    ...fc.sample(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 300, maxLength: 400 }), { numRuns: 5, seed: 20260302 }),
  ].map((data) => [...data, ...checkSymbols(data)]);

  it('catches and locates every single substitution (3,000 codes, every position, every symbol)', () => {
    let tried = 0;
    for (const symbols of codes) {
      for (let position = 0; position < symbols.length; position++) {
        for (let symbol = 0; symbol < 32; symbol++) {
          if (symbol === symbols[position]) continue;
          const typo = replaced(symbols, position, symbol);
          const verdict = verifyChecksum(typo);
          if (verdict.ok || verdict.wrong !== position + 1) throw new Error(`missed: ${codeOf(typo)} (position ${position + 1}) → ${JSON.stringify(verdict)}`);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('catches every adjacent swap of two different characters, and names the pair', () => {
    let tried = 0;
    for (const symbols of codes) {
      for (let position = 0; position + 1 < symbols.length; position++) {
        const [a, b] = [symbols[position]!, symbols[position + 1]!];
        if (a === b) continue;
        const swapped = replaced(replaced(symbols, position, b), position + 1, a);
        const verdict = verifyChecksum(swapped);
        if (verdict.ok || verdict.swapped !== position + 1) throw new Error(`missed swap at ${position + 1}: ${JSON.stringify(verdict)}`);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(30_000);
  }, 60_000);

  it('refuses a real code read with one wrong character, in both languages, naming the character', () => {
    const code = encodeShareCode({ domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } });
    const symbols = symbolsOf(code);
    const wrong = codeOf(replaced(symbols, 16, symbols[16] === 7 ? 8 : 7));
    const result = decodeShareCode(wrong);
    expect(result).toEqual({
      ok: false,
      problem: {
        en: "The code's checksum does not match: character 17 looks wrong (the 1st of group 5). Check it with whoever gave you the code.",
        fr: 'Le code de contrôle ne correspond pas\u00a0: le caractère 17 semble faux (le 1er du groupe 5). Vérifiez-le auprès de la personne qui vous a donné le code.',
      },
    });
  });

  it('says nothing precise when several characters are wrong, but still refuses', () => {
    const code = symbolsOf(encodeShareCode({ domain: 'example.com', service: 'ovh-mx-plan', vars: {} }));
    const damaged = code.map((symbol, i) => ([2, 7, 9].includes(i) ? (symbol + i) % 32 : symbol));
    const result = decodeShareCode(codeOf(damaged));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toMatch(/^The code's checksum does not match/);
  });
});
