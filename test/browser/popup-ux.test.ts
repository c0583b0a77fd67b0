import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { SCREENSHOTS, useExtensionSession } from './harness.js';
import { openFold, revealField } from './folds.js';
import { frenchScreenProblems } from './fr-screen.js';

/** Rough edges found by using the popup, side panel and options as customers and agents do. */
const session = useExtensionSession({ screenshots: '' });

function popupPath(page: 'popup' | 'sidepanel', params: Record<string, string>): string {
  return `src/popup/${page}.html?${new URLSearchParams(params)}`;
}

const activeId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('layout', () => {
  test('body text is 13 px despite Chromium\'s 75 % for extension pages, and a 360 px French side panel never scrolls sideways', async () => {
    await session.setOptions({ language: 'fr', resolvers: [...DEFAULT_RESOLVERS] });
    const panel = await session.openExtensionPage(popupPath('sidepanel', { domain: 'hosted-ok.test', service: 'ovh-hosted-exchange', server: 'ex5.mail.ovh.net' }));
    await panel.setViewportSize({ width: 360, height: 700 });
    await expect.poll(() => panel.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
    await revealField(panel, 'var-server');
    await openFold(panel, 'fold-more-options');
    expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('13px');
    // The long French labels once pushed the values' fieldset past the panel's edge.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-360-fr.png') });
    expect(await frenchScreenProblems(panel)).toEqual([]);
    await panel.close();
  });
});

describe('checking', () => {
  test('the Check button keeps the keyboard focus through the check; zone-file lines do not wrap', async () => {
    await session.setOptions({ language: 'en', resolvers: [...DEFAULT_RESOLVERS] });
    // Its own zone (test/fixtures/zones/e2e-ux.test.zone): check-flow.test.ts reads e2e-onprem.test's TTLs uncounted.
    const page = await session.openExtensionPage(popupPath('popup', { domain: 'e2e-ux.test', service: 'exchange-onprem', ip: '203.0.113.10' }));
    await expect.poll(() => page.locator('li.record').count()).toBeGreaterThan(0);
    await page.locator('#check').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li.result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await activeId(page)).toBe('check');
    expect(await page.locator('#check').getAttribute('aria-disabled')).toBeNull();
    // Live rows are one line per name and type; unfolded, each shows its value (rows of a group would otherwise look alike).
    const live = page.locator('li.result-group[data-status="ok"]').first();
    await live.locator('summary').first().click();
    expect(await live.locator('li.result dd.mono').first().innerText()).toMatch(/\S/);
    await openFold(page, 'fold-records');
    await openFold(page, 'fold-zone');
    expect(await page.locator('#fold-zone textarea').getAttribute('wrap')).toBe('off');
    await page.close();
  });

  test('when no resolver answers, the result says so once instead of asking whether the domain is registered', async () => {
    // dnsdist serves /dns-query only: every question to this path fails.
    await session.setOptions({ language: 'en', resolvers: ['https://cloudflare-dns.com/not-a-doh-path'] });
    const page = await session.openExtensionPage(popupPath('popup', { domain: 'hosted-ok.test', service: 'ovh-hosted-exchange', server: 'ex5.mail.ovh.net' }));
    await expect.poll(() => page.locator('#check').isEnabled()).toBe(true);
    await page.locator('#check').click();
    await expect.poll(() => page.locator('#no-resolver-answered').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#no-resolver-answered').innerText()).toContain('No resolver answered');
    expect(await page.locator('.results').innerText()).not.toContain('registered');
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-no-resolver-en.png'), fullPage: true });
    await session.setOptions({ resolvers: [...DEFAULT_RESOLVERS] });
    await page.close();
  });

  test('a check that cannot start yet says what is missing', async () => {
    await session.setOptions({ language: 'en' });
    const page = await session.openExtensionPage(popupPath('popup', { domain: 'nothing-yet.test', service: 'exchange-onprem', ip: '203.0.113.10' }));
    await expect.poll(() => page.locator('#var-ip').inputValue()).toBe('203.0.113.10');
    await revealField(page, 'var-ip');
    await page.locator('#var-ip').fill('');
    await expect.poll(() => page.locator('#check').isDisabled()).toBe(true);
    expect(await page.locator('#check-needs-setup').innerText()).toContain('required values');
    await page.close();
  });
});

describe('a setup saved by another version', () => {
  test('whose service this version does not know is said, with its domain and values kept', async () => {
    await session.setOptions({ language: 'en', resolvers: [...DEFAULT_RESOLVERS] });
    await session.worker.evaluate(async () => {
      await chrome.storage.local.set({ 'setup:retired.test': { domain: 'retired.test', service: 'ovh-retired-offer', vars: { server: 'ex5.mail.ovh.net' } }, 'last-domain': 'retired.test' });
    });
    const popup = await session.openExtensionPage('src/popup/popup.html');
    await expect.poll(() => popup.locator('#domain').inputValue()).toBe('retired.test');
    await expect(popup.locator('#unknown-saved-service').textContent()).resolves.toMatch(/names a service this version does not know \(ovh-retired-offer\): choose the service again/);
    await popup.selectOption('#service', 'ovh-hosted-exchange');
    await expect.poll(() => popup.locator('#unknown-saved-service').count()).toBe(0);
    await expect.poll(() => popup.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
    await popup.close();
    await session.worker.evaluate(() => chrome.storage.local.remove(['setup:retired.test', 'last-domain']));
  });
});

describe('focus after actions that remove their own button', () => {
  test('applying a share code by its button leaves the focus in the code field', async () => {
    await session.setOptions({ language: 'en' });
    const page = await session.openExtensionPage('src/popup/popup.html');
    await openFold(page, 'fold-share');
    await page.locator('#paste-code').fill(encodeShareCode({ domain: 'shared.test', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } }));
    await page.getByRole('button', { name: 'Apply code' }).click();
    await expect.poll(() => page.locator('#domain').inputValue()).toBe('shared.test');
    expect(await activeId(page)).toBe('paste-code');
    await page.close();
  });
});

describe('filling', () => {
  test('"Fill in all" keeps the focus while the run goes on, and its progress shows right under it, in the action bar', async () => {
    await session.setOptions({ language: 'en' });
    const url = 'https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=dns';
    const site = await session.context.newPage();
    await site.goto(url);
    const tabId = await session.tabIdOf(url);
    const panel = await session.openExtensionPage(popupPath('sidepanel', { tabId: String(tabId), domain: 'example.com', service: 'exchange-onprem', ip: '203.0.113.10' }));
    const bar = panel.locator('.action-bar');
    await bar.getByRole('button', { name: 'Show what would be filled in' }).click();
    const fillAll = bar.getByRole('button', { name: /^Fill in all/ });
    await fillAll.click();
    await expect.poll(() => bar.locator('.fill-actions > button + .fill-progress').count(), { timeout: 10_000 }).toBe(1);
    expect(await fillAll.getAttribute('aria-disabled')).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Fill in all/);
    await panel.close();
    await site.close();
  });
});

describe('options', () => {
  test('a URL without https:// and an empty TTL get our sentences, not the browser\'s bubble or an internal error', async () => {
    await session.setOptions({ language: 'en' });
    const page = await session.openExtensionPage('src/options/options.html');
    await page.locator('#resolver-url').fill('dns.example/dns-query');
    await page.locator('#resolver-url').press('Enter');
    await expect.poll(() => page.locator('[role=alert]').innerText()).toContain('is not a URL');
    await page.locator('#ttl').fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('[role=alert]').innerText()).toContain('from 60 to 86400');
    expect(await page.locator('[role=alert]').innerText()).not.toContain('internal message');
    // The settings' own status line (the template section below has its own).
    expect(await page.locator('p.status').first().innerText()).toBe('');
    await page.close();
  });
});
