/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionSession } from './harness.js';

// test/fixtures/zones/e2e-onprem.test.zone: A, MX and SPF right, SRV on port 80, no _dmarc;
// its SOA's negative-caching time is 300 s.
const SETUP = { domain: 'e2e-onprem.test', service: 'exchange-onprem', ip: '203.0.113.10', dmarc: 'v=DMARC1; p=none' };
const ALARM = 'recheck:e2e-onprem.test';

const session = useExtensionSession({ language: 'en' });

interface Stored {
  state: string;
  savedAt?: string;
  nextCheckAt?: string;
  report?: { checkedAt: string; results: { name: string; retryAfterSeconds?: number | null }[] };
}

const storedCheck = () => session.worker.evaluate(async () => (await chrome.storage.local.get('check:e2e-onprem.test'))['check:e2e-onprem.test'] as Stored | undefined);

describe('"I saved", then a re-check scheduled with chrome.alarms', () => {
  let page: Page;
  let tabId: number;
  let first: Stored;

  test('"I saved" checks now, reads the missing record as not visible yet, and schedules the re-check', async () => {
    page = await session.openExtensionPage(`src/popup/popup.html?${new URLSearchParams(SETUP)}`);
    tabId = await session.tabIdOf(page.url());
    await page.getByRole('button', { name: 'I saved' }).click();
    await expect.poll(async () => (await storedCheck())?.state, { timeout: 15_000 }).toBe('done');
    first = (await storedCheck())!;
    expect(first.savedAt).toBeDefined();
    // The alarm is due when the negative cache of the missing _dmarc expires: at most 300 s after
    // the check (the SOA's), less when the shared resolver already held it from an earlier test.
    const alarm = await session.worker.evaluate((name) => chrome.alarms.get(name), ALARM);
    const checkedAt = Date.parse(first.report!.checkedAt);
    const wait = first.report!.results.find((row) => row.name.startsWith('_dmarc.'))!.retryAfterSeconds!;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(300);
    expect(alarm?.scheduledTime).toBe(Date.parse(first.nextCheckAt!));
    expect(alarm!.scheduledTime - checkedAt).toBeGreaterThanOrEqual(Math.max(wait * 1000, 30_000));
    expect(alarm!.scheduledTime - checkedAt).toBeLessThan(wait * 1000 + 60_000);
    await expect.poll(() => page.locator('#next-check').innerText(), { timeout: 10_000 }).toContain('checks again by itself');
    expect(await page.locator('li.result-group[data-status="pending"]').innerText()).toMatch(/_dmarc.*saved, not visible yet \(until ~/);
    expect(await page.locator('#bar-summary').innerText()).toContain('1 saved, not visible yet');
    // Only waiting rows and one to fix: the badge counts both, amber is for waiting only.
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');
  });

  test('the alarm firing runs the check in the background: stored result, badge and a popup opened later follow', async () => {
    await session.worker.evaluate((id) => chrome.action.setBadgeText({ tabId: id, text: '' }), tabId);
    // The real alarm, made due now (an unpacked extension's alarms may fire sooner than 30 s).
    await session.worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), ALARM);
    await expect.poll(async () => (await storedCheck())?.report?.checkedAt, { timeout: 15_000 }).not.toBe(first.report!.checkedAt);
    const second = (await storedCheck())!;
    expect(second.state).toBe('done');
    expect(second.savedAt).toBe(first.savedAt);
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');
    // The next one is planned from the new check.
    const alarm = await session.worker.evaluate((name) => chrome.alarms.get(name), ALARM);
    expect(alarm?.scheduledTime).toBe(Date.parse(second.nextCheckAt!));

    const later = await session.openExtensionPage(`src/popup/popup.html?${new URLSearchParams({ domain: SETUP.domain })}`);
    await expect.poll(() => later.locator('#check-summary').count(), { timeout: 10_000 }).toBe(1);
    // "Checked <date, time>.", in the browser's own conventions: the fresh check's time.
    const time = await later.evaluate((iso) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso)), second.report!.checkedAt);
    expect(await later.locator('.results').innerText()).toContain(time);
    await later.close();
    await page.close();
  });
});
