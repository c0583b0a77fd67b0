import { describe, expect, test } from 'vitest';
import { memoryArea } from '../../../src/storage/area.js';
import { loadFinishedCheck, saveFinishedCheck } from '../../../src/storage/check-cache.js';
import { optionsProblems } from '../../../src/messages/options.js';
import { DEFAULT_OPTIONS, loadOptions, saveOptions } from '../../../src/storage/options.js';
import { loadLastDomain, loadSetup, saveLastDomain, saveSetup } from '../../../src/storage/setups.js';
import { UserError } from '../../../src/lib/user-error.js';

describe('options (storage.sync)', () => {
  test('defaults when nothing or garbage is stored', async () => {
    const area = memoryArea();
    expect(await loadOptions(area)).toEqual(DEFAULT_OPTIONS);
    await area.set({ options: { resolvers: 'nope' } });
    expect(await loadOptions(area)).toEqual(DEFAULT_OPTIONS);
  });
  test('saves clean options and refuses bad ones with every problem', async () => {
    const area = memoryArea();
    const saved = await saveOptions(area, { resolvers: ['https://dns.google/dns-query', 'HTTPS://DNS.GOOGLE/dns-query{?dns}'], defaultTtl: 300, language: 'fr' });
    expect(saved.resolvers).toEqual(['https://dns.google/dns-query']);
    expect(await loadOptions(area)).toEqual(saved);
    expect(optionsProblems({ resolvers: [], defaultTtl: 5, language: 'de' })).toHaveLength(3);
    // The extension keeps to https even where the CLI would take a plain-http front end.
    expect(optionsProblems({ resolvers: ['http://127.0.0.1:8053/dns-query'], defaultTtl: 300, language: 'en' })).toHaveLength(1);
    await expect(saveOptions(area, { resolvers: [], defaultTtl: 3600, language: 'en' })).rejects.toBeInstanceOf(UserError);
  });
});

describe('setups (storage.local) and the check cache', () => {
  test('a setup is saved per domain and the last domain remembered', async () => {
    const area = memoryArea();
    await saveSetup(area, { domain: 'Example.com', service: 'microsoft-365', vars: { verify: 'MS=ms1' } });
    await saveLastDomain(area, 'Example.com');
    // Saved under its parsed name (one ZoneName rule), whatever case was typed.
    expect(await loadSetup(area, 'example.com')).toEqual({ domain: 'example.com', service: 'microsoft-365', vars: { verify: 'MS=ms1' } });
    expect(await loadSetup(area, 'other.com')).toBeNull();
    expect(await loadLastDomain(area)).toBe('example.com');
  });
  test('a corrupt stored setup reads as none', async () => {
    const area = memoryArea();
    await area.set({ 'setup:example.com': { domain: 'example.com', service: 1 } });
    expect(await loadSetup(area, 'example.com')).toBeNull();
  });
  test('finished checks are kept per domain', async () => {
    const area = memoryArea();
    const setup = { domain: 'example.com', service: 'ovh-mx-plan', vars: {} };
    const failed = { state: 'failed' as const, setup, offline: true, error: { en: 'offline', fr: 'hors ligne' } };
    await saveFinishedCheck(area, 'Example.com', failed);
    expect(await loadFinishedCheck(area, 'example.com')).toEqual(failed);
    expect(await loadFinishedCheck(area, 'other.com')).toBeNull();
  });
});
