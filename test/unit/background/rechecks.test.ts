import { describe, expect, test } from 'vitest';
import { createRechecks } from '../../../src/background/rechecks.js';
import type { CheckRow } from '../../../src/dns/check/types.js';
import type { Alarms } from '../../../src/ext/alarms.js';
import { memoryArea } from '../../../src/storage/area.js';
import type { FinishedCheck } from '../../../src/storage/check-cache.js';

const setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };
const START = Date.parse('2026-12-07T10:00:00Z');

function fakeAlarms() {
  const set = new Map<string, number>();
  const alarms: Alarms = {
    async create(name, when) {
      set.set(name, when);
    },
    async clear(name) {
      set.delete(name);
    },
  };
  return { alarms, set };
}

const row = (status: CheckRow['status'], retryAfterSeconds: number | null): CheckRow => ({
  type: 'MX', name: 'example.com', expected: '10 mail.example.com.', found: [], byResolver: {}, status, message: { en: '', fr: '' }, retryAfterSeconds,
});
const done = (checkedAt: number, ...results: CheckRow[]): FinishedCheck => ({
  state: 'done', setup, report: { domain: 'example.com', service: setup.service, nameservers: [], resolvers: [], checkedAt: new Date(checkedAt).toISOString(), results },
});

function harness() {
  let now = START;
  const { alarms, set } = fakeAlarms();
  const rechecks = createRechecks({ local: memoryArea(), alarms, now: () => now });
  return { rechecks, set, tick: (ms: number) => (now += ms), now: () => now };
}

describe('scheduled re-checks', () => {
  test('"I saved", then a missing record: an alarm when its negative cache expires, the result says so', async () => {
    const { rechecks, set, tick } = harness();
    await rechecks.starting(setup, 'saved', 7);
    tick(2000);
    const result = await rechecks.finished('example.com', done(START + 1000, row('missing', 600), row('ok', null)));
    const when = set.get('recheck:example.com');
    expect(when).toBeGreaterThanOrEqual(START + 601_000);
    expect(result).toMatchObject({ savedAt: new Date(START).toISOString(), nextCheckAt: new Date(when!).toISOString() });
    // The alarm goes off: it re-checks the same setup for the same tab.
    expect(await rechecks.due('recheck:example.com')).toEqual({ setup, tabId: 7 });
    expect(await rechecks.due('something-else')).toBeNull();
  });

  test('once every record shows, the alarm is cleared and nothing is scheduled', async () => {
    const { rechecks, set, tick } = harness();
    await rechecks.starting(setup, 'saved');
    await rechecks.finished('example.com', done(START, row('missing', 60)));
    tick(90_000);
    await rechecks.starting(setup, 'scheduled');
    const result = await rechecks.finished('example.com', done(START + 90_000, row('ok', null)));
    expect(set.size).toBe(0);
    expect(result.state === 'done' && result.nextCheckAt).toBeFalsy();
    // The save is still remembered (a missing row would read as caches lagging).
    expect(result.state === 'done' && result.savedAt).toBe(new Date(START).toISOString());
  });

  test('a check the user runs without saving schedules only for pending rows, and forgets the rest', async () => {
    const { rechecks, set } = harness();
    await rechecks.starting(setup, 'user');
    await rechecks.finished('example.com', done(START, row('missing', 600)));
    expect(set.size).toBe(0);
    expect(await rechecks.due('recheck:example.com')).toBeNull();
    await rechecks.starting(setup, 'user');
    await rechecks.finished('example.com', done(START, row('pending', 600)));
    expect(set.get('recheck:example.com')).toBeGreaterThan(START + 600_000);
  });

  test('scheduled re-checks stop after a few tries for a record that never shows', async () => {
    const { rechecks, set, tick, now } = harness();
    await rechecks.starting(setup, 'saved');
    let tries = 0;
    for (; tries < 20; tries++) {
      await rechecks.finished('example.com', done(now(), row('missing', 60)));
      if (!set.has('recheck:example.com')) break;
      tick(set.get('recheck:example.com')! - now());
      await rechecks.starting(setup, 'scheduled');
    }
    expect(tries).toBe(6);
  });

  test('a failed check schedules nothing', async () => {
    const { rechecks, set } = harness();
    await rechecks.starting(setup, 'saved');
    await rechecks.finished('example.com', { state: 'failed', setup, offline: true, error: { en: 'offline', fr: 'hors ligne' } });
    expect(set.size).toBe(0);
  });
});
