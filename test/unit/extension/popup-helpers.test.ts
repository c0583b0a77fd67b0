import { describe, expect, test } from 'vitest';
import { badgeFor } from '../../../src/background/badge.js';
import type { CheckRow } from '../../../src/dns/check-types.js';
import { uiLanguage } from '../../../src/i18n/lang.js';
import { displayName, formatDuration } from '../../../src/popup/notation.js';
import { uiText } from '../../../src/popup/ui-text.js';

const setup = { domain: 'example.com', service: 'ovh-mx-plan', vars: {} };
const row = (status: CheckRow['status']): CheckRow => ({ type: 'MX', name: 'example.com', expected: '1 mx0.mail.ovh.net.', found: [], byResolver: {}, status, message: { en: '', fr: '' } });
const done = (...statuses: CheckRow['status'][]) => ({
  state: 'done' as const,
  setup,
  report: { domain: 'example.com', service: 'ovh-mx-plan', nameservers: [], resolvers: [], checkedAt: '2026-11-23T00:00:00Z', results: statuses.map(row) },
});

describe('badge', () => {
  test('counts problems in red, "could not check" in amber, all live in green', () => {
    expect(badgeFor(done('ok', 'missing', 'conflict', 'error'), 'en')).toMatchObject({ text: '2', color: '#b3261e' });
    expect(badgeFor(done('ok', 'error'), 'en')).toMatchObject({ text: '?' });
    expect(badgeFor(done('ok', 'ok'), 'en')).toMatchObject({ text: '✓' });
    expect(badgeFor({ state: 'idle' }, 'en')).toBeNull();
    expect(badgeFor({ state: 'running', setup, done: 1, total: 3, startedAt: '' }, 'en')?.text).toBe('…');
  });

  test('says it in the UI language, with real plurals', () => {
    expect(badgeFor(done('ok', 'missing'), 'en')?.title).toBe('example.com: 1 record to fix.');
    expect(badgeFor(done('missing', 'conflict'), 'en')?.title).toBe('example.com: 2 records to fix.');
    expect(badgeFor(done('ok', 'error'), 'fr')?.title).toBe('example.com\u00a0: 1\u00a0enregistrement n’a pas pu être vérifié.');
    expect(badgeFor(done('error', 'error'), 'fr')?.title).toBe('example.com\u00a0: 2\u00a0enregistrements n’ont pas pu être vérifiés.');
  });
});

describe('notation and durations', () => {
  test('FQDN by default, relative with @ when the site wants it', () => {
    expect(displayName('_dmarc.example.com', 'example.com', 'fqdn')).toBe('_dmarc.example.com');
    expect(displayName('_dmarc.example.com', 'example.com', 'relative')).toBe('_dmarc');
    expect(displayName('example.com', 'example.com', 'relative')).toBe('@');
    expect(displayName('mx0.mail.ovh.net', 'example.com', 'relative')).toBe('mx0.mail.ovh.net.');
  });
  test('durations read like a person would say them', () => {
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(86_400 + 3 * 3600 + 5)).toBe('1 d 3 h');
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(0)).toBe('0 s');
  });
  test('French writes days as j', () => {
    expect(formatDuration(86_400, 'fr')).toBe('1 j');
    expect(formatDuration(2 * 86_400 + 3600, 'fr')).toBe('2 j 1 h');
    expect(formatDuration(300, 'fr')).toBe('5 min');
  });
});

describe('UI language', () => {
  test('explicit choice wins, else the first supported browser language, else English', () => {
    expect(uiLanguage('fr', ['en-US'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(uiLanguage('auto', ['de-DE'])).toBe('en');
  });
  test('placeholders are filled as text', () => {
    expect(uiText('fr')('checkRunning', { done: '2', count: 9 })).toBe('Vérification\u00a0: 2 sur 9\u00a0questions traitées…');
    expect(uiText('fr')('checkRunning', { done: '0', count: 1 })).toBe('Vérification\u00a0: 0 sur 1\u00a0question traitée…');
    expect(uiText('en')('copied', { what: '<b>x</b>' })).toBe('Copied: <b>x</b>');
  });
});
