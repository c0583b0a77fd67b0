import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import { seriousViolations, useExtensionSession } from './harness.js';
import { shootScreen } from './screens.js';

/**
 * Issue 15: the side panel on an unknown registrar's page it may not read asks for access with a
 * button, then reads the page. The generic fixture (test/fixtures/sites/generic) is also served at
 * panel.unknown-registrar.example: RFC 2606 reserves .example, and the test build's extra host
 * permissions cover only .test, so there the extension has no access until the user gives it —
 * here through the toolbar button's click (CDP Extensions.triggerAction: a real activeTab grant).
 * The browser's own permission dialog cannot be driven headless.
 */
const session = useExtensionSession({ screenshots: '', freshEachTest: true });
const DOCS = resolve('docs/screenshots/popup');
const UNREADABLE = 'https://panel.unknown-registrar.example/domains/example.com/zone';
const READABLE = 'https://panel.unknown-host.test/domains/example.com/zone';

const WORDS = {
  en: { button: 'Allow access to this page' },
  fr: { button: 'Autoriser l’accès à cette page' },
} as const;

async function openView(view: 'sidepanel' | 'popup', tabId: number, lang: 'en' | 'fr'): Promise<Page> {
  await session.setOptions({ language: lang, resolvers: [...DEFAULT_RESOLVERS] });
  const page = await session.context.newPage();
  await page.setViewportSize(view === 'popup' ? { width: 400, height: 600 } : { width: 360, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/${view}.html?tabId=${tabId}`);
  await page.locator('#domain').waitFor({ state: 'attached' });
  return page;
}

describe('the side panel asks for access to a page it may not read', { timeout: 60_000 }, () => {
  for (const lang of ['en', 'fr'] as const) {
    test(`${lang}: the button is there, says what it is for, and clicking it says what happens next`, async () => {
      const { tabId } = await session.openTab(UNREADABLE);
      const panel = await openView('sidepanel', tabId, lang);
      const button = panel.getByRole('button', { name: WORDS[lang].button });
      await expect.poll(() => button.isVisible()).toBe(true);
      // Nothing was read: the domain waits for the user or the grant.
      expect(await panel.locator('#domain').inputValue()).toBe('');
      await shootScreen(panel, DOCS, `sidepanel-${lang}-page-access`, lang);
      expect(await seriousViolations(panel)).toEqual([]);
      // Without the page's address, Chromium puts the request in its toolbar; the panel says where to answer it.
      await button.click();
      await expect.poll(() => panel.locator('#page-access-answer').isVisible()).toBe(true);
      expect(await panel.locator('#page-access-answer').innerText()).toMatch(lang === 'fr' ? /barre d’outils/ : /toolbar/);
    });
  }

  test('once access is given (the toolbar button clicked over the page), the panel reads the page: domain prefilled, fill offered', async () => {
    const { page: site, tabId } = await session.openTab(UNREADABLE);
    const panel = await openView('sidepanel', tabId, 'en');
    await expect.poll(() => panel.locator('#page-access-button').isVisible()).toBe(true);
    // What the user chose while waiting is kept when the page is read.
    await panel.locator('#service').selectOption('exchange-onprem');
    await session.clickToolbarButton(site);
    await expect.poll(() => panel.locator('#domain').inputValue()).toBe('example.com');
    expect(await panel.locator('#page-access').count()).toBe(0);
    expect(await panel.locator('#service').inputValue()).toBe('exchange-onprem');
    // The page's editor is known now: the fill section is offered.
    await panel.locator('#var-ip').fill('203.0.113.10');
    await expect.poll(() => panel.getByRole('button', { name: /^Show what would be filled in/ }).count()).toBeGreaterThan(0);
  });

  test('no button where the page is readable, nor in the popup (the toolbar click gave it access)', async () => {
    const readable = await session.openTab(READABLE);
    const panel = await openView('sidepanel', readable.tabId, 'en');
    await expect.poll(() => panel.locator('#domain').inputValue()).toBe('example.com');
    expect(await panel.locator('#page-access').count()).toBe(0);
    const unreadable = await session.openTab(UNREADABLE);
    const popup = await openView('popup', unreadable.tabId, 'en');
    await popup.locator('#service').waitFor();
    expect(await popup.locator('#page-access').count()).toBe(0);
  });
});
