import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandService } from '../../../../src/services/expand.js';
import { ALPHABET, symbolOf } from '../../../../src/share/dsa2/crockford.js';
import { decodeShareCode, readShareCode } from '../../../../src/share/share-code.js';
import type { SetupResult } from '../../../../src/share/setup-shape.js';
import { expectLocalizedSentence, rawCharacterIn, withinHangCap } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams, HANG_MS } from './fuzz-settings.js';
import { hostilePiece, mutated, nearValid } from './hostile-text.js';
import { CODES, SETUPS } from './samples.js';

/**
 * DSA2 and DSA1 codes, typed from a phone call or pasted from anywhere: changed codes are read as
 * a setup or refused with a sentence; a setup read from a code never carries a character a
 * terminal or a report would have to escape, and expands to records or to sentences.
 */
const DSA2_CODES = CODES.filter((code) => code.startsWith('DSA2-'));

function expectSetupOrSentence(result: SetupResult, input: string): void {
  if (!result.ok) return expectLocalizedSentence(result.problem, JSON.stringify(input));
  const { domain, service, vars } = result.setup;
  for (const text of [domain, service, ...Object.keys(vars), ...Object.values(vars)]) expect(rawCharacterIn(text), JSON.stringify(input)).toBeUndefined();
  const expanded = expandService(service, domain, vars);
  if (!expanded.ok) expanded.problems.forEach((problem) => expectLocalizedSentence(problem, JSON.stringify(input)));
}

/** Another symbol than the one at `index` (case, O/0 and I/L/1 are the same symbol, not a typo). */
function retyped(code: string, index: number, shift: number): string {
  const symbol = symbolOf(code.charAt(index)) ?? 0;
  return code.slice(0, index) + ALPHABET.charAt((symbol + 1 + (shift % 31)) % 32) + code.slice(index + 1);
}
const symbolIndexes = (code: string) => [...code].flatMap((char, i) => (i >= 5 && symbolOf(char) !== undefined ? [i] : []));

describe('fuzz: share codes', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('changed codes: a setup without hidden characters, or a sentence', () => {
    fc.assert(
      fc.property(nearValid(fc.constantFrom(...CODES), 4), (code) => {
        expectSetupOrSentence(withinHangCap(() => decodeShareCode(code), HANG_MS, code), code);
      }),
      fuzzParams('shareCodes'),
    );
  });

  test('one mistyped character or two swapped neighbours in a DSA2 code are always caught', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DSA2_CODES), fc.nat(), fc.nat(), fc.boolean(), (code, at, shift, swap) => {
        const indexes = symbolIndexes(code);
        const i = indexes[at % indexes.length] ?? 5;
        const j = indexes[(at % indexes.length) + 1];
        const changed = swap && j !== undefined ? code.slice(0, i) + code.charAt(j) + code.slice(i + 1, j) + code.charAt(i) + code.slice(j + 1) : retyped(code, i, shift);
        fc.pre(changed.toUpperCase() !== code.toUpperCase());
        const result = decodeShareCode(changed);
        expect(result.ok, `${changed} (from ${code}) was read as a setup`).toBe(false);
      }),
      fuzzParams('shareCodes'),
    );
  });
});

/** Words around a code in an e-mail or a chat message; none of them holds a code's prefix. */
const prose = fc.string({ unit: fc.oneof(hostilePiece, fc.constantFrom(' ', '\n', '> ', 'Hello', 'code', 'merci', ':', 'DSA', 'DSA3')), maxLength: 12 });

describe('fuzz: the code finder', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('a code inside text is found and reads as the code alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SETUPS.length - 1 }), fc.boolean(), prose, prose, (index, dsa1, before, after) => {
        const code = CODES[2 * index + (dsa1 ? 1 : 0)] ?? '';
        const text = `${before}\n${code}\n${after}`;
        const read = withinHangCap(() => readShareCode(text), HANG_MS, text);
        expect(read, JSON.stringify(text)).toEqual(decodeShareCode(code));
      }),
      fuzzParams('codeFinder'),
    );
  });

  test('any text, codes changed inside it included: a setup without hidden characters, or a sentence', () => {
    fc.assert(
      fc.property(mutated(fc.tuple(prose, fc.constantFrom(...CODES), prose).map((parts) => parts.join(' ')), 4), (text) => {
        expectSetupOrSentence(withinHangCap(() => readShareCode(text), HANG_MS, text), text);
      }),
      fuzzParams('codeFinder'),
    );
  });
});
