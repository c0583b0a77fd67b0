import { describe, expect, test } from 'vitest';
import { planOptionsProblems, progressProblems, runOptionsProblems } from '../../../src/fill/validate-messages.js';
import { parseEnvelope } from '../../../src/messages/validate.js';
import { comparableKey } from '../../../src/records/comparable.js';
import { initialRecords } from '../../fixtures/sites/kit/initial-zone.js';
import { COMMON_NOTATION, type RowNotation } from '../../fixtures/sites/kit/notation.js';
import { recordsToRows } from '../../fixtures/sites/kit/records-to-rows.js';
import { rowsToRecords } from '../../fixtures/sites/kit/rows-to-records.js';

const NOTATIONS: RowNotation[] = [
  COMMON_NOTATION,
  { apex: '', host: 'relative', targetDot: true, srv: 'name-in-host', txtQuoted: true },
  { apex: '@', host: 'fqdn', targetDot: false, srv: 'split-fields', txtQuoted: false },
];

describe('fixture kit notation', () => {
  const zone = 'example.com';
  const records = [...initialRecords(zone), { type: 'SRV' as const, name: `_autodiscover._tcp.${zone}`, ttl: 3600, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 }];

  test.each(NOTATIONS)('rows written in a notation read back as the same records (%o)', (notation) => {
    expect(rowsToRecords(recordsToRows(records, zone, notation), zone, notation).map(comparableKey)).toEqual(records.map(comparableKey));
  });

  test('reads strictly: a relative target on a targetDot site is inside the zone', () => {
    const [record] = rowsToRecords([{ type: 'CNAME', host: 'www', value: 'shop', ttl: 60 }], zone, NOTATIONS[1]!);
    expect(record!.value).toBe('shop.example.com');
  });
});

describe('fill message validation', () => {
  test('options and progress shapes', () => {
    expect(planOptionsProblems({ replaceSpf: true })).toEqual([]);
    expect(planOptionsProblems({ replaceSpf: 'yes' })).not.toEqual([]);
    expect(runOptionsProblems({ only: ['example.com MX 1 mx0.mail.ovh.net.'], pressSubmit: false })).toEqual([]);
    expect(runOptionsProblems({ delete: true })).not.toEqual([]);
    expect(progressProblems({ phase: 'saved', index: 1, total: 2, message: { en: 'x', fr: 'y' } })).toEqual([]);
    expect(progressProblems({ phase: 'deleted', index: 1, total: 2, message: { en: 'x', fr: 'y' } })).not.toEqual([]);
  });

  test('fill-run only from extension pages; fill-progress only from content scripts', () => {
    const setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };
    expect(parseEnvelope({ type: 'fill-run', payload: { tabId: 3, setup, options: {} } }, 'extension-page').ok).toBe(true);
    expect(parseEnvelope({ type: 'fill-run', payload: { tabId: 3, setup, options: {} } }, 'content-script').ok).toBe(false);
    const progress = { phase: 'filling', index: 1, total: 1, message: { en: 'x', fr: 'y' } };
    expect(parseEnvelope({ type: 'fill-progress', payload: { progress } }, 'content-script').ok).toBe(true);
    expect(parseEnvelope({ type: 'fill-progress', payload: { progress } }, 'extension-page').ok).toBe(false);
  });
});
