import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCREENSHOTS, seriousViolations, useExtensionSession } from './harness.js';
import { revealField } from './folds.js';
import { frenchScreenProblems } from './fr-screen.js';

const session = useExtensionSession({ screenshots: '' });

describe('popup and side panel render', () => {
  for (const page of ['popup', 'sidepanel'] as const) {
    test(`${page} in English with no serious axe violation`, async () => {
      await session.setOptions({ language: 'en' });
      const view = await session.openExtensionPage(`src/popup/${page}.html`);
      await expect.poll(() => view.locator('h1').textContent()).toBe('DNS Setup Assistant');
      expect(await view.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => view.getByLabel('Domain (the zone you edit)').count()).toBe(1);
      expect(await view.getByRole('button', { name: 'Check now' }).isDisabled()).toBe(true);
      await view.screenshot({ path: join(SCREENSHOTS, `${page}-en.png`), fullPage: true });
      expect(await seriousViolations(view)).toEqual([]);
      await view.close();
    });

    test(`${page} in French when the option says so`, async () => {
      await session.setOptions({ language: 'fr' });
      const view = await session.openExtensionPage(`src/popup/${page}.html`);
      await expect.poll(() => view.locator('h1').textContent()).toBe('Assistant de configuration DNS');
      await expect.poll(() => view.getAttribute('html', 'lang')).toBe('fr');
      await expect.poll(() => view.getByLabel('Domaine (la zone que vous modifiez)').count()).toBe(1);
      await view.screenshot({ path: join(SCREENSHOTS, `${page}-fr.png`), fullPage: true });
      expect(await frenchScreenProblems(view)).toEqual([]);
      expect(await seriousViolations(view)).toEqual([]);
      await view.close();
    });
  }
});

describe('options page and offline', () => {
  test('options: a bad resolver URL is refused, language and TTL are saved', async () => {
    await session.setOptions({ language: 'en' });
    const page = await session.openExtensionPage('src/options/options.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('DNS Setup Assistant — Options');
    expect(await page.locator('ul.resolvers').innerText()).toContain('https://cloudflare-dns.com/dns-query');
    await page.getByLabel('Resolver URL').fill('http://dns.example/dns-query');
    await page.getByRole('button', { name: 'Add resolver' }).click();
    await expect.poll(() => page.locator('[role=alert]').innerText()).toContain('https://');
    await page.getByLabel('Default TTL in zone exports (seconds)').fill('300');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('p.status').first().innerText()).toBe('Saved.');
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Assistant de configuration DNS — Options');
    await page.screenshot({ path: join(SCREENSHOTS, 'options-fr.png'), fullPage: true });
    expect(await frenchScreenProblems(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    const stored = await session.worker.evaluate(() => chrome.storage.sync.get('options'));
    expect(stored.options).toMatchObject({ defaultTtl: 300, language: 'fr' });
    await page.close();
  });

  test('offline: the popup says so and keeps what was typed', async () => {
    await session.setOptions({ language: 'en' });
    const page = await session.openExtensionPage('src/popup/popup.html?domain=offline.test&service=exchange-onprem&ip=203.0.113.10');
    await expect.poll(() => page.locator('#domain').inputValue()).toBe('offline.test');
    await session.context.setOffline(true);
    await expect.poll(() => page.locator('p.offline').count()).toBe(1);
    expect(await page.locator('p.offline').innerText()).toContain('You are offline');
    expect(await page.locator('#var-ip').inputValue()).toBe('203.0.113.10');
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-offline-en.png') });
    await session.context.setOffline(false);
    await page.close();
  });

  test('keyboard: Tab walks the form in order with a visible focus ring', async () => {
    const page = await session.openExtensionPage('src/popup/popup.html');
    await expect.poll(() => page.locator('#domain').count()).toBe(1);
    // The last setup (complete) reopens folded into its summary line: unfolded as a user would.
    await revealField(page, 'domain');
    await page.locator('#domain').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('service');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });
});

