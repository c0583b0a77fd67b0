import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { seriousViolations, useExtensionSession } from './harness.js';
import { shootScreen } from './screens.js';

/**
 * Issue 15's layout: the next action in view without scrolling in a 400×600 popup and a 360 px side
 * panel, EN and FR, and the page's height within budget in the issue's scenarios. Screenshots of
 * every state (EN/FR, light/dark) go to docs/screenshots/popup/, where the README shows them.
 */
const session = useExtensionSession({ screenshots: '', freshEachTest: true });
const DOCS = resolve('docs/screenshots/popup');
mkdirSync(DOCS, { recursive: true });

const SIZES = { popup: { width: 400, height: 600 }, sidepanel: { width: 360, height: 700 } } as const;
type View = keyof typeof SIZES;
/** The budget for the popup document after a check (both scenarios). */
const MAX_SCROLL_HEIGHT = 1600;
const ONPREM = { service: 'exchange-onprem', ip: '203.0.113.10' };
const HOSTED = { service: 'ovh-hosted-exchange', server: 'ex5.mail.ovh.net' };

async function open(view: View, params: Record<string, string>, lang: 'en' | 'fr'): Promise<Page> {
  await session.setOptions({ language: lang, resolvers: [...DEFAULT_RESOLVERS] });
  const page = await session.context.newPage();
  await page.setViewportSize(SIZES[view]);
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/${view}.html?${new URLSearchParams(params)}`);
  await page.locator('#domain').waitFor({ state: 'attached' });
  return page;
}

/** The action bar lies wholly inside the window, and the main button in it too, at the current scroll. */
async function barInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bar = document.querySelector('.action-bar')?.getBoundingClientRect();
    const check = document.getElementById('check')?.getBoundingClientRect();
    const inside = (box: DOMRect | undefined) => box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 0.5;
    return inside(bar) && inside(check);
  });
}

const scrollHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function expectBarInViewScrolled(page: Page): Promise<void> {
  expect(await barInView(page)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  expect(await barInView(page)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function checkAndWait(page: Page): Promise<void> {
  await page.locator('#check').click();
  await expect.poll(() => page.locator('#check-summary').count(), { timeout: 20_000 }).toBe(1);
}

describe('the next action is always in view', () => {
  for (const view of ['popup', 'sidepanel'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`${view}, ${lang}: first open without a setup shows the customer's code field and the action bar`, async () => {
        const page = await open(view, {}, lang);
        await expect.poll(() => page.getByLabel(lang === 'fr' ? 'Code du client' : 'Customer’s code').isVisible()).toBe(true);
        expect(await barInView(page)).toBe(true);
        expect(await page.locator('#check').isDisabled()).toBe(true);
        // A disabled button says why, beside it.
        expect(await page.locator('#check-needs-setup').isVisible()).toBe(true);
        await shootScreen(page, DOCS, `${view}-${lang}-first-open`, lang);
        expect(await seriousViolations(page)).toEqual([]);
      });

      test(`${view}, ${lang}: Hosted Exchange chosen — one required value, the optional ones folded with human labels`, async () => {
        const page = await open(view, {}, lang);
        await page.locator('#domain').fill('ui-empty.test');
        await page.locator('#domain').press('Enter');
        await page.locator('#service').selectOption('ovh-hosted-exchange');
        await expect.poll(() => page.locator('#var-server').isVisible()).toBe(true);
        // The optional values are in the DOM, folded.
        expect(await page.locator('#fold-more-options').getAttribute('open')).toBeNull();
        expect(await page.locator('#var-dkim_selector1').isVisible()).toBe(false);
        expect(await page.locator('#fold-more-options > summary').innerText()).toMatch(lang === 'fr' ? /^Plus d’options/ : /^More options/);
        // No raw variable names in the labels.
        expect(await page.locator('label').allInnerTexts()).not.toContainEqual(expect.stringMatching(/dkim_selector|_/));
        await page.locator('#var-server').fill('ex5.mail.ovh.net');
        await expect.poll(() => page.locator('#check').isEnabled()).toBe(true);
        await expectBarInViewScrolled(page);
        expect(await scrollHeight(page)).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT);
        await shootScreen(page, DOCS, `${view}-${lang}-setup`, lang);
      });
    }
  }
});

describe('results at a glance, within the height budget', () => {
  test('unknown registrar page, French, on-premises set all missing: summary in view, ≤ 1,600 px', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone?lang=fr';
    const { tabId } = await session.openTab(url);
    const page = await open('popup', { tabId: String(tabId), domain: 'ui-empty.test', ...ONPREM }, 'fr');
    await checkAndWait(page);
    const summary = await page.locator('#bar-summary').innerText();
    expect(summary).toMatch(/^4\u00a0à corriger$/);
    expect(await barInView(page)).toBe(true);
    // One line per record, grouped, the detail folded.
    expect(await page.locator('li.result-group').count()).toBe(4);
    expect(await page.locator('li.result-group details[open]').count()).toBe(0);
    // The cache sentence once, not on every row.
    expect((await page.locator('.results').innerText()).match(/en cache/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(await scrollHeight(page)).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT);
    await shootScreen(page, DOCS, 'popup-fr-unknown-page-checked', 'fr');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('unknown registrar page, French, Hosted Exchange with problems (hosted-broken.test): summary in view, ≤ 1,600 px', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone?lang=fr';
    const { tabId } = await session.openTab(url);
    const page = await open('popup', { tabId: String(tabId), domain: 'hosted-broken.test', ...HOSTED }, 'fr');
    await checkAndWait(page);
    expect(await page.locator('#bar-summary').innerText()).toMatch(/à corriger|conflit/);
    expect(await barInView(page)).toBe(true);
    expect(await page.locator('li.result-group details[open]').count()).toBe(0);
    expect(await scrollHeight(page)).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT);
    await expectBarInViewScrolled(page);
    await shootScreen(page, DOCS, 'popup-fr-unknown-page-hosted-broken-checked', 'fr');
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const view of ['popup', 'sidepanel'] as const) {
    test(`${view}: Hosted Exchange with problems (hosted-broken.test): grouped rows, summary in view, ≤ 1,600 px`, async () => {
      const page = await open(view, { domain: 'hosted-broken.test', ...HOSTED }, 'en');
      await checkAndWait(page);
      expect(await page.locator('#bar-summary').innerText()).toMatch(/to fix|conflict/);
      expect(await barInView(page)).toBe(true);
      // Rows of one name, type and status are one line.
      const lines = await page.locator('li.result-group > details > summary').allInnerTexts();
      expect(lines.length).toBeLessThan(await page.locator('li.result').count());
      expect(lines.some((line) => /\(\d+ records\)/.test(line))).toBe(true);
      expect(await scrollHeight(page)).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT);
      await expectBarInViewScrolled(page);
      await shootScreen(page, DOCS, `${view}-en-hosted-broken-checked`, 'en');
    });
  }
});

describe('what the user typed and pasted', () => {
  test('a pasted address is cleaned to its host, with a note; a single label is refused with a sentence', async () => {
    const page = await open('popup', {}, 'en');
    await page.locator('#domain').fill('exemple');
    await page.locator('#domain').press('Tab');
    await expect.poll(() => page.locator('#domain-problems').innerText()).toMatch(/no extension/);
    await page.locator('#domain').fill('ui-empty.test');
    await page.locator('#service').selectOption('ovh-hosted-exchange');
    await page.locator('#var-server').focus();
    await page.evaluate(() => navigator.clipboard.writeText('https://ex5.mail.ovh.net/owa'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
    expect(await page.locator('#var-server-help').innerText()).toContain('Cleaned what was pasted');
  });

  const SAVED = { domain: 'saved.test', service: 'ovh-hosted-exchange', vars: { server: 'ex9.mail.ovh.net' } };
  const storedServer = () => session.worker.evaluate(async () => ((await chrome.storage.local.get('setup:saved.test'))['setup:saved.test'] as { vars: { server: string } }).vars.server);

  async function typeOverSaved(): Promise<Page> {
    await session.worker.evaluate((saved) => chrome.storage.local.set({ 'setup:saved.test': saved }), SAVED);
    const page = await open('popup', {}, 'en');
    await page.locator('#service').selectOption('ovh-hosted-exchange');
    await page.locator('#var-server').fill('ex5.mail.ovh.net');
    // No Enter, no Tab: the save as the user types looks the domain up first.
    await page.locator('#domain').fill('saved.test');
    await expect.poll(() => page.locator('#saved-setup-offer').count()).toBe(1);
    expect(await page.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
    return page;
  }

  test('a saved setup never replaces what the user typed, nor is overwritten by it: it is offered', async () => {
    const page = await typeOverSaved();
    await page.locator('#domain').press('Enter');
    expect(await storedServer()).toBe('ex9.mail.ovh.net');
    await page.getByRole('button', { name: 'Use the saved setup' }).click();
    await expect.poll(() => page.locator('#var-server').inputValue()).toBe('ex9.mail.ovh.net');
    expect(await storedServer()).toBe('ex9.mail.ovh.net');
  });

  test('the user may keep what they typed over a saved setup: it is saved then', async () => {
    const page = await typeOverSaved();
    expect(await storedServer()).toBe('ex9.mail.ovh.net');
    await page.getByRole('button', { name: 'Keep what I typed' }).click();
    expect(await page.locator('#saved-setup-offer').count()).toBe(0);
    await expect.poll(storedServer).toBe('ex5.mail.ovh.net');
    expect(await page.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
  });

  test('a customer’s code inside a message, over several lines, opens with Enter', async () => {
    const page = await open('sidepanel', {}, 'en');
    const code = encodeShareCode({ domain: 'ui-empty.test', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } });
    const field = page.getByLabel('Customer’s code');
    await field.fill(`Hello,\nHere is my code: ${code}\nThanks`);
    expect(await field.inputValue()).toContain('\n');
    await field.press('Enter');
    await expect.poll(() => page.locator('#domain').inputValue()).toBe('ui-empty.test');
    expect(await page.locator('#var-ip').inputValue()).toBe('203.0.113.10');
  });

  test('a setup link without domain= is applied for the domain the page shows', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone';
    const { tabId } = await session.openTab(url);
    const page = await open('popup', { tabId: String(tabId), ...ONPREM }, 'en');
    await expect.poll(() => page.locator('#domain').inputValue()).toBe('example.com');
    expect(await page.locator('#var-ip').inputValue()).toBe('203.0.113.10');
    expect(await page.locator('[role=alert]').count()).toBe(0);
  });
});
