import { describe, expect, test } from 'vitest';
import { MAX_RECHECKS, MAX_WAIT_MS, MIN_DELAY_MS, nextRecheckAt } from '../../../src/background/recheck-plan.js';
import type { CheckReport, CheckRow } from '../../../src/dns/check/types.js';

const CHECKED = Date.parse('2026-12-07T10:00:00Z');
const row = (status: CheckRow['status'], retryAfterSeconds: number | null = 300): CheckRow => ({
  type: 'MX', name: 'example.com', expected: '10 mx.example.net.', found: [], byResolver: {}, status, message: { en: '', fr: '' }, retryAfterSeconds,
});
const report = (...results: CheckRow[]): CheckReport => ({
  domain: 'example.com', service: 'exchange-onprem', nameservers: [], resolvers: [], checkedAt: new Date(CHECKED).toISOString(), results,
});
const at = (seconds: number) => CHECKED + seconds * 1000;

describe('when the background checks again', () => {
  test('a pending row: once its negative cache expires (a few seconds after, for clock drift)', () => {
    const next = nextRecheckAt(report(row('ok', null), row('pending', 900)), { now: at(1), attempts: 0 });
    expect(next).toBeGreaterThanOrEqual(at(900));
    expect(next).toBeLessThan(at(900 + 30));
  });

  test('the earliest expiry first: each re-check plans the next', () => {
    expect(nextRecheckAt(report(row('pending', 3600), row('pending', 600)), { now: at(1), attempts: 0 })).toBeLessThan(at(700));
  });

  test('missing, wrong and conflicting rows wait for caches only after the user saved', () => {
    const stale = report(row('missing', 600), row('mismatch', 1200), row('conflict', 1800));
    expect(nextRecheckAt(stale, { now: at(1), attempts: 0 })).toBeNull();
    expect(nextRecheckAt(stale, { now: at(1), attempts: 0, savedAt: at(-60) })).toBeLessThan(at(700));
    // A save three hours ago no longer explains a missing record.
    expect(nextRecheckAt(stale, { now: at(1), attempts: 0, savedAt: at(-3 * 3600) })).toBeNull();
  });

  test('nothing to wait for: every row ok, or only errors (no time to promise)', () => {
    expect(nextRecheckAt(report(row('ok', null)), { now: at(1), attempts: 0, savedAt: at(0) })).toBeNull();
    expect(nextRecheckAt(report(row('error', null)), { now: at(1), attempts: 0, savedAt: at(0) })).toBeNull();
    // Reports stored by older versions have no retry times.
    const old = row('pending');
    delete old.retryAfterSeconds;
    expect(nextRecheckAt(report(old), { now: at(1), attempts: 0 })).toBeNull();
  });

  test('never sooner than alarms fire, even when the cache already expired', () => {
    expect(nextRecheckAt(report(row('pending', 0)), { now: at(120), attempts: 0 })).toBe(at(120) + MIN_DELAY_MS);
  });

  test('gives up after a few tries, and when caches cannot explain the wait', () => {
    expect(nextRecheckAt(report(row('pending', 60)), { now: at(1), attempts: MAX_RECHECKS - 1 })).not.toBeNull();
    expect(nextRecheckAt(report(row('pending', 60)), { now: at(1), attempts: MAX_RECHECKS })).toBeNull();
    expect(nextRecheckAt(report(row('pending', MAX_WAIT_MS / 1000 + 60)), { now: at(1), attempts: 0 })).toBeNull();
  });
});
