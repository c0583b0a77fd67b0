import { describe, expect, test } from 'vitest';
import { badgeFor } from '../../../src/background/badge.js';
import type { CheckRow } from '../../../src/dns/check/types.js';

const setup = { domain: 'example.com', service: 'ovh-mx-plan', vars: {} };
const row = (status: CheckRow['status']): CheckRow => ({ type: 'MX', name: 'example.com', expected: '1 mx0.mail.ovh.net.', found: [], byResolver: {}, status, message: { en: '', fr: '' } });
const done = (...statuses: CheckRow['status'][]) => ({
  state: 'done' as const,
  setup,
  report: { domain: 'example.com', service: 'ovh-mx-plan', nameservers: [], resolvers: [], checkedAt: '2026-11-23T00:00:00Z', results: statuses.map(row) },
});

describe('badge', () => {
  test('counts the records not in place: red when one needs a fix, amber when they only wait; cleared when all are live', () => {
    expect(badgeFor(done('ok', 'missing', 'conflict', 'error'), 'en')).toMatchObject({ text: '3', color: '#b3261e' });
    expect(badgeFor(done('ok', 'error', 'pending'), 'en')).toMatchObject({ text: '2', color: '#9a6700' });
    expect(badgeFor(done('ok', 'ok'), 'en')).toMatchObject({ text: '', title: 'example.com: every record is in place.' });
    expect(badgeFor({ state: 'idle' }, 'en')).toBeNull();
    expect(badgeFor({ state: 'running', setup, done: 1, total: 3, startedAt: '' }, 'en')?.text).toBe('…');
  });

  test('right after a save, a missing record waits for caches (amber), not a fix (red)', () => {
    const savedAt = '2026-11-23T00:00:00Z';
    const justSaved = { ...done('ok', 'missing'), savedAt };
    expect(badgeFor(justSaved, 'en', Date.parse(savedAt) + 60_000)).toMatchObject({ text: '1', color: '#9a6700' });
    expect(badgeFor(justSaved, 'en', Date.parse(savedAt) + 3 * 3600_000)).toMatchObject({ text: '1', color: '#b3261e' });
  });

  test('says it in the UI language, with real plurals', () => {
    expect(badgeFor(done('ok', 'missing'), 'en')?.title).toBe('example.com: 1 record to fix.');
    expect(badgeFor(done('missing', 'conflict'), 'en')?.title).toBe('example.com: 2 records to fix.');
    expect(badgeFor(done('ok', 'error'), 'fr')?.title).toBe('example.com\u00a0: 1\u00a0enregistrement n’a pas pu être vérifié ou n’est pas encore visible partout.');
    expect(badgeFor(done('error', 'error'), 'fr')?.title).toBe('example.com\u00a0: 2\u00a0enregistrements n’ont pas pu être vérifiés ou ne sont pas encore visibles partout.');
  });
});
