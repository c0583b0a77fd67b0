import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePaste } from '../../../../src/capture/paste/parse-paste.js';
import { validateRecord } from '../../../../src/records/validate.js';
import { expectLocalizedSentence, rawCharacterIn, withinHangCap } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams, HANG_MS } from './fuzz-settings.js';
import { DOMAINS, nearValid } from './hostile-text.js';
import { PASTES, SERVICE_IDS } from './samples.js';

/**
 * Pasted text (a delivery e-mail, zone-file lines, the control panel's diagnostic, the Microsoft
 * 365 table), changed in a few places, grown by repeats up to the paste cap: read in bounded time
 * as what it says or refused with a sentence. What is read is shown to the user, so it carries
 * no hidden character, and its records are records the engine accepts.
 */
const contextArb = fc.record({ domain: fc.option(fc.constantFrom(...DOMAINS), { nil: undefined }), service: fc.option(fc.constantFrom(...SERVICE_IDS), { nil: undefined }) }, { requiredKeys: [] });

describe('fuzz: pastes', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('changed pastes are read or refused with a sentence, nothing hidden in what is read', () => {
    fc.assert(
      fc.property(nearValid(fc.constantFrom(...PASTES), 5), contextArb, (text, context) => {
        const result = withinHangCap(() => parsePaste(text, context), HANG_MS, JSON.stringify(text.slice(0, 200)));
        if (!result.ok) return expectLocalizedSentence(result.problem, JSON.stringify(text));
        result.notes.forEach((note) => expectLocalizedSentence(note, JSON.stringify(text)));
        for (const record of result.records) {
          expect(rawCharacterIn(`${record.name} ${record.value}`), JSON.stringify(text)).toBeUndefined();
          expect(validateRecord(record), `${JSON.stringify(record)} from ${JSON.stringify(text)}`).toEqual([]);
        }
        const captured = [result.capture.domain ?? '', result.capture.service ?? '', ...Object.values(result.capture.vars ?? {}).map((value) => value.value)];
        for (const text of captured) expect(rawCharacterIn(text), JSON.stringify(text)).toBeUndefined();
      }),
      fuzzParams('pastes'),
    );
  });
});
