import { describe, expect, test } from 'vitest';
import type { CheckReport, CheckRow, CheckStatus } from '../../../src/dns/check/types.js';
import { summaryLine, visibleBy } from '../../../src/ui/check-summary.js';

const row = (status: CheckStatus, retryAfterSeconds: number | null = null): CheckRow => ({
  type: 'MX', name: 'example.com', expected: '10 mx.example.net.', found: [], byResolver: {}, status, message: { en: '', fr: '' }, retryAfterSeconds,
});
const report = (statuses: CheckStatus[]): CheckReport => ({ domain: 'example.com', service: 's', nameservers: [], results: statuses.map((status) => row(status)), resolvers: [], checkedAt: '2026-12-07T14:00:00Z' });

describe('summaryLine', () => {
  test('counts in place, to fix (missing and wrong), conflicts, with plurals in both languages', () => {
    const checked = report(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing', 'mismatch', 'conflict']);
    expect(summaryLine(checked, 'en')).toBe('6 in place · 2 to fix · 1 conflict');
    expect(summaryLine(checked, 'fr')).toBe('6\u00a0en place · 2\u00a0à corriger · 1\u00a0conflit');
    expect(summaryLine(report(['conflict', 'conflict', 'error']), 'en')).toBe('2 conflicts · 1 not checked');
  });

  test('just saved, a missing record reads as saved, not visible yet', () => {
    expect(summaryLine(report(['missing', 'missing', 'ok']), 'en', true)).toBe('1 in place · 2 saved, not visible yet');
    expect(summaryLine(report(['missing', 'missing']), 'fr', true)).toBe('2\u00a0enregistrés, pas encore visibles');
  });
});

describe('visibleBy', () => {
  test('the check time plus retryAfterSeconds, or nothing when the engine gave none', () => {
    expect(visibleBy(row('pending', 300), '2026-12-07T14:00:00Z')).toBe(Date.parse('2026-12-07T14:05:00Z'));
    expect(visibleBy(row('ok'), '2026-12-07T14:00:00Z')).toBeUndefined();
  });
});
