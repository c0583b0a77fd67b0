import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableKey } from '../../../src/records/comparable.js';
import { normalizeRecord } from '../../../src/records/normalize.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { validateRecord } from '../../../src/records/validate.js';
import { exportZone, formatRecordLine, parseRecordLine, parseZone } from '../../../src/records/zone-file/index.js';
import { recordArb, zoneArb } from './arbitraries.js';

const zoneAndRecord = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), recordArb(zone)));
const zoneAndSet = zoneArb.chain((zone) =>
  fc.tuple(fc.constant(zone), fc.array(recordArb(zone), { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 86400 }))),
);

/** A set compared as a multiset, TTL included. */
const asSet = (records: readonly DnsRecord[]): string[] =>
  records.map((record) => `${comparableKey(record)} ttl=${record.ttl}`).sort();

describe('round trips (property)', () => {
  it('generated records are valid and already normalized', () => {
    fc.assert(
      fc.property(zoneAndRecord, ([, record]) => {
        expect(validateRecord(record)).toEqual([]);
        expect(normalizeRecord(record)).toStrictEqual(record);
      }),
    );
  });

  it('parseRecordLine(formatRecordLine(r)) gives r back, relative to the origin or absolute', () => {
    fc.assert(
      fc.property(zoneAndRecord, ([zone, record]) => {
        expect(parseRecordLine(formatRecordLine(record, { origin: zone }), { origin: zone })).toStrictEqual({ ok: true, record });
        expect(parseRecordLine(formatRecordLine(record), { origin: 'elsewhere.example' })).toStrictEqual({ ok: true, record });
      }),
      { numRuns: 300 },
    );
  });

  it('parseZone(exportZone(set)) gives the same set', () => {
    fc.assert(
      fc.property(zoneAndSet, ([zone, records, ttl]) => {
        const text = exportZone(records, zone, ttl === null ? {} : { ttl, header: `zone ${zone}\nline two` });
        const parsed = parseZone(text);
        expect(parsed.problems).toEqual([]);
        expect(asSet(parsed.records)).toEqual(asSet(records));
      }),
      { numRuns: 150 },
    );
  });

  it('every TXT string in the output is at most 255 bytes', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(zoneAndRecord, ([zone, record]) => {
        const line = formatRecordLine(record, { origin: zone });
        if (record.type !== 'TXT') return;
        const rdata = line.slice(line.indexOf(' IN TXT ') + 8);
        // Read each quoted string back to bytes, escapes included, and measure it.
        for (const [, body = ''] of rdata.matchAll(/"((?:[^"\\]|\\.)*)"/gsu)) {
          const unescaped = body.replace(/\\([0-9]{3}|.)/gsu, (_, escape: string) =>
            /^[0-9]{3}$/.test(escape) ? String.fromCharCode(Number(escape)) : escape,
          );
          expect(encoder.encode(unescaped).length).toBeLessThanOrEqual(255);
        }
      }),
    );
  });
});
