import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportZone } from '../../../../src/records/zone-file/format.js';
import { loadZone } from '../../../../src/records/zone-file/load.js';
import { expectLocalizedSentence, withinHangCap } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams, HANG_MS } from './fuzz-settings.js';
import { nearValid } from './hostile-text.js';
import { ZONE_FILES } from './samples.js';

/**
 * Zone files from a customer's export, changed in a few places (generated files made of zone
 * pieces are in ../zone-file-hostile.test.ts): read in bounded time; every error and skipped
 * line is a sentence on a line of the file; what is read prints back as a zone file that reads
 * as the same records.
 */
const originArb = fc.option(fc.constantFrom('example.com', 'example.net', ''), { nil: undefined });

describe('fuzz: zone files', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('changed zone files: sentences on lines of the file, and records that print back as themselves', () => {
    fc.assert(
      fc.property(nearValid(fc.constantFrom(...ZONE_FILES), 6), originArb, (text, origin) => {
        const zone = withinHangCap(() => loadZone(text, origin === undefined ? {} : { origin }), HANG_MS, JSON.stringify(text.slice(0, 200)));
        // A line ends at LF, CRLF or a CR alone (as in BIND's lexer and the editors).
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const note of [...zone.errors, ...zone.skipped]) {
          expect(note.line).toBeGreaterThanOrEqual(1);
          expect(note.line).toBeLessThanOrEqual(lines);
          expectLocalizedSentence(note.reason, `line ${note.line} of ${JSON.stringify(text)}`);
        }
        if (zone.errors.length > 0 || zone.origin === undefined) return;
        const records = zone.records.map((entry) => entry.record);
        const again = loadZone(exportZone(records, zone.origin), { origin: zone.origin });
        expect(again.errors, JSON.stringify(text)).toEqual([]);
        // exportZone writes the records in zone order: the same set, whatever the order.
        const sorted = (list: readonly object[]) => list.map((record) => JSON.stringify(record)).sort();
        expect(sorted(again.records.map((entry) => entry.record)), JSON.stringify(text)).toEqual(sorted(records));
      }),
      fuzzParams('zoneFiles'),
    );
  });
});
