import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import type { FillState } from '../../src/messages/types.js';
import { seriousViolations, useExtensionSession } from './harness.js';
import { sendFromPanel } from './sites/helpers.js';
import { expectUsableFocus, focusSeen, press, tabTo, walkTabOrder } from './keyboard.js';

/**
 * Issue 15: "keyboard-only use works for the whole task". A user with the keyboard alone (Tab,
 * Shift+Tab, Enter, Space, arrows; text typed into the focused field) sets up a service, opens and
 * closes "More options", checks, reads the result summary and a row's detail, opens a customer's
 * code, and fills in a DNS editor from the side panel. After every key the focus is on a visible,
 * named element with a focus ring (keyboard.ts), in EN and FR, in the light and dark schemes.
 */
/**
 * A hang detector, as vitest.config.ts's: a walk presses Tab a hundred times and reads the browser's
 * accessibility tree after each, on 2 cores shared with other browsers.
 */
const WALK_TIMEOUT = 240_000;
const TEMPLATE = resolve('test/data/domain-connect/templates/titan.email.titan-mail-hosting.json');
const session = useExtensionSession({ freshEachTest: true });

const NAMES = {
  en: { showPlan: 'Show what would be filled in', fillAll: /^Fill in all \(\d+\)$/, results: 'Check' },
  fr: { showPlan: 'Voir ce qui serait rempli', fillAll: /^Tout remplir \(\d+\)$/, results: 'Vérification' },
} as const;

async function openView(view: 'popup' | 'sidepanel', lang: 'en' | 'fr', params: Record<string, string> = {}): Promise<Page> {
  await session.setOptions({ language: lang, resolvers: [...DEFAULT_RESOLVERS] });
  const page = await session.context.newPage();
  await page.setViewportSize(view === 'popup' ? { width: 400, height: 600 } : { width: 360, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/${view}.html?${new URLSearchParams(params)}`);
  await page.locator('#domain').waitFor({ state: 'attached' });
  return page;
}

/**
 * On the site (not ours: its own form), from where the filler left the focus, Tab to its Save
 * button and press Enter, as a keyboard user does after each record the assistant filled in.
 */
async function saveWithKeyboard(site: Page): Promise<void> {
  await site.bringToFront();
  const focusedText = () =>
    site.evaluate(() => {
      let element: Element | null = document.activeElement;
      // Into the editor's shadow root or same-origin frame.
      for (;;) {
        const inner: Element | null | undefined = element?.shadowRoot?.activeElement ?? (element instanceof HTMLIFrameElement ? element.contentDocument?.activeElement : undefined);
        if (!inner) break;
        element = inner;
      }
      return element?.tagName === 'BUTTON' ? (element.textContent ?? '').trim() : '';
    });
  for (let step = 0; step < 30 && (await focusedText()) !== 'Save record'; step++) await site.keyboard.press('Tab');
  expect(await focusedText()).toBe('Save record');
  await site.keyboard.press('Enter');
}

const value = (page: Page, selector: string) => page.locator(selector).inputValue();
const isOpen = (page: Page, selector: string) => page.locator(selector).evaluate((details) => (details as HTMLDetailsElement).open);
const focusedMatches = (page: Page, selector: string) => page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector);

for (const lang of ['en', 'fr'] as const) {
  describe(`keyboard only, ${lang}`, () => {
    test('popup: set up, More options, Check now, the result summary and a row, a customer’s code', async () => {
      const page = await openView('popup', lang);
      // Opened without a setup: the customer's code field is there for agents.
      await page.locator('#customer-code').waitFor();
      await walkTabOrder(page, 'every stop at first open');

      await tabTo(page, '#domain', 'the domain field');
      await page.keyboard.type('hosted-broken.test');
      // The service: a native list, chosen with the arrow keys.
      await tabTo(page, '#service', 'the service list');
      for (let step = 0; step < 12 && (await value(page, '#service')) !== 'ovh-hosted-exchange'; step++) await press(page, 'ArrowDown', 'choosing the service');
      expect(await value(page, '#service')).toBe('ovh-hosted-exchange');
      expect(await value(page, '#domain')).toBe('hosted-broken.test');
      await tabTo(page, '#var-server', 'the server field');
      await page.keyboard.type('ex5.mail.ovh.net');

      // "More options": a disclosure opened and closed from its summary, the focus kept on it.
      await tabTo(page, '#fold-more-options > summary', 'More options');
      await press(page, 'Enter', 'opening More options');
      expect(await isOpen(page, '#fold-more-options')).toBe(true);
      await press(page, 'Tab', 'into More options');
      expect(await focusedMatches(page, '#fold-more-options input')).toBe(true);
      await press(page, 'Shift+Tab', 'back to More options');
      await press(page, 'Space', 'closing More options');
      expect(await isOpen(page, '#fold-more-options')).toBe(false);
      expect(await focusedMatches(page, '#fold-more-options > summary')).toBe(true);

      // "Check now", in the action bar; the focus stays on it through the check.
      await tabTo(page, '#check', 'Check now');
      // The bar's result line is said where it appears: a live region there before the check (screen readers watch it from then).
      const live = page.locator('.action-bar .bar-summary[role=status]');
      expect(await live.count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#check-summary').count(), { timeout: 20_000 }).toBe(1);
      await expectUsableFocus(page, 'after the check');
      await expect.poll(() => live.locator('#bar-summary').count()).toBe(1);

      // The bar's result line takes the user to the results, the focus with them.
      await tabTo(page, '#bar-summary', 'the result line', { backward: true });
      await press(page, 'Enter', 'going to the results');
      expect(await focusedMatches(page, '#check-section')).toBe(true);
      // A row's detail, one key away.
      await tabTo(page, 'li.result-group > details > summary', 'the first result row');
      await press(page, 'Enter', 'unfolding the row');
      const row = page.locator('li.result-group > details[open]').first();
      expect(await row.locator('li.result').first().isVisible()).toBe(true);
      await tabTo(page, 'details.result-details > summary', 'the resolvers’ answers');
      await press(page, 'Space', 'unfolding the answers');
      expect(await row.locator('ul.answers').first().isVisible()).toBe(true);

      // A check started elsewhere (the side panel, a scheduled re-check) re-renders the results
      // under the focus: it goes to the results' section, not to <body>.
      const elsewhere = await session.openExtensionPage('src/options/options.html');
      await sendFromPanel(elsewhere, 'start-check', { setup: { domain: 'hosted-broken.test', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net' } } });
      await elsewhere.close();
      await page.bringToFront();
      await expect.poll(() => page.locator('#check-summary').count(), { timeout: 20_000 }).toBe(1);
      await expectUsableFocus(page, 'after a check started elsewhere');
      expect(await focusedMatches(page, '#check-section')).toBe(true);

      // "I saved": the re-check it starts keeps the focus on the button (a disabled button drops it to <body>).
      await tabTo(page, '#i-saved', 'I saved');
      await press(page, 'Enter', 'saying the records were saved');
      await expect.poll(() => page.locator('#saved-then').count(), { timeout: 20_000 }).toBe(1);
      await expectUsableFocus(page, 'after the re-check');

      // Every folded section opened from its summary, then every stop of the page, in the light and the dark scheme.
      for (const id of ['fold-records', 'fold-zone', 'fold-paste', 'fold-share']) {
        if (await isOpen(page, `#${id}`)) continue;
        await tabTo(page, `#${id} > summary`, `the ${id} summary`);
        await press(page, 'Enter', `unfolding ${id}`);
        expect(await isOpen(page, `#${id}`)).toBe(true);
      }
      expect((await walkTabOrder(page, 'every stop after the check')).length).toBeGreaterThan(5);
      await page.emulateMedia({ colorScheme: 'dark' });
      await walkTabOrder(page, 'every stop after the check, dark');
      await page.emulateMedia({ colorScheme: 'light' });

      // A customer's code pasted into its field and opened with Enter.
      const code = encodeShareCode({ domain: 'ui-empty.test', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } });
      await tabTo(page, '#customer-code', 'the customer’s code field', { backward: true });
      // What the customer sent, in the clipboard (written while the page has the focus, as the browser requires).
      await page.evaluate((text) => navigator.clipboard.writeText(`Here is my code: ${text}`), code);
      // A code mistyped first: refused with a sentence tied to the field, the focus left in it.
      await page.keyboard.type('DSA2-0000');
      await press(page, 'Enter', 'opening a wrong code');
      await expect.poll(() => page.locator('#customer-code').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#customer-code-problems').isVisible()).toBe(true);
      expect(await focusedMatches(page, '#customer-code')).toBe(true);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+V');
      expect(await value(page, '#customer-code')).toContain(code);
      await press(page, 'Enter', 'opening the code');
      await expect.poll(() => value(page, '#domain'), { message: await page.locator('.customer-code').innerText() }).toBe('ui-empty.test');
      expect(await value(page, '#service')).toBe('exchange-onprem');
      await expectUsableFocus(page, 'after the code was opened');
      expect(await seriousViolations(page)).toEqual([]);
    }, WALK_TIMEOUT);

    test('popup: a saved setup offered over typed values, declined or taken with the keyboard', async () => {
      await session.worker.evaluate((saved) => chrome.storage.local.set({ 'setup:saved.test': saved }), { domain: 'saved.test', service: 'ovh-hosted-exchange', vars: { server: 'ex9.mail.ovh.net' } });
      const page = await openView('popup', lang);
      await tabTo(page, '#service', 'the service list');
      for (let step = 0; step < 12 && (await value(page, '#service')) !== 'ovh-hosted-exchange'; step++) await press(page, 'ArrowDown', 'choosing the service');
      await tabTo(page, '#var-server', 'the server field');
      await page.keyboard.type('ex5.mail.ovh.net');
      await tabTo(page, '#domain', 'the domain field', { backward: true });
      await page.keyboard.type('saved.test');
      await press(page, 'Enter', 'committing the domain');
      await page.locator('#saved-setup-offer').waitFor();
      // Both answers remove the offer and its buttons: the focus goes back to the domain field, not to <body>.
      const [answer, server] = lang === 'en' ? (['Keep what I typed', 'ex5.mail.ovh.net'] as const) : (['Utiliser la configuration enregistrée', 'ex9.mail.ovh.net'] as const);
      await tabTo(page, '#saved-setup-offer button', 'the offer');
      for (let step = 0; step < 2 && (await focusSeen(page)).name !== answer; step++) await press(page, 'Tab', `to "${answer}"`);
      expect((await focusSeen(page)).name).toBe(answer);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#saved-setup-offer').count()).toBe(0);
      await expectUsableFocus(page, 'after answering the offer');
      expect(await focusedMatches(page, '#domain')).toBe(true);
      expect(await value(page, '#var-server')).toBe(server);
    }, WALK_TIMEOUT);

    test('side panel on a DNS editor: show the plan, review it, fill in all, save each record on the site', async () => {
      const url = 'https://panel.unknown-host.test/domains/example.com/zone';
      const { page: site, tabId } = await session.openTab(url);
      await site.waitForFunction(() => window.__fixture !== undefined);
      const panel = await openView('sidepanel', lang, { tabId: String(tabId), domain: 'example.com', service: 'exchange-onprem', ip: '203.0.113.10' });
      const bar = panel.locator('.action-bar');
      await bar.getByRole('button', { name: NAMES[lang].showPlan }).waitFor();

      await tabTo(panel, '.action-bar .fill-actions > button', 'Show what would be filled in');
      expect((await focusSeen(panel)).name).toBe(NAMES[lang].showPlan);
      await panel.keyboard.press('Enter');
      await expect.poll(async () => (await focusSeen(panel)).name).toMatch(NAMES[lang].fillAll);
      await expectUsableFocus(panel, 'after the plan was shown');
      // The plan is read above the bar, and the way back is the same.
      await tabTo(panel, 'section.fill .plan-add > summary', 'the plan', { backward: true });
      await tabTo(panel, '.action-bar .fill-actions > button', 'back to Fill in all');
      await panel.keyboard.press('Enter');
      await expect.poll(() => bar.locator('.fill-progress').count(), { timeout: 10_000 }).toBe(1);
      await expectUsableFocus(panel, 'while the fill runs');
      expect((await focusSeen(panel)).name).toMatch(NAMES[lang].fillAll);
      // The user saves each filled record on the site with the keyboard too; the panel follows to the end.
      const handled = new Set<number>();
      let state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
      for (let round = 0; round < 600 && (state.state === 'running' || state.state === 'idle'); round++) {
        const progress = state.state === 'running' ? state.progress : undefined;
        if (progress?.phase === 'awaiting-save' && !handled.has(progress.index)) {
          handled.add(progress.index);
          await saveWithKeyboard(site);
        }
        await new Promise((done) => setTimeout(done, 50));
        state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
      }
      expect(state.state).toBe('done');
      await panel.bringToFront();
      await expectUsableFocus(panel, 'after the fill');
      // The action bar is taller with the run's progress: every stop stays clear of it.
      await walkTabOrder(panel, 'every stop after the fill');
      await panel.emulateMedia({ colorScheme: 'dark' });
      await walkTabOrder(panel, 'every stop after the fill, dark');
      await panel.emulateMedia({ colorScheme: 'light' });

      expect(await seriousViolations(panel)).toEqual([]);
    }, WALK_TIMEOUT);

    test('side panel on the control panel: the guide’s "Show me", then "Hide the highlight"', async () => {
      const url = 'https://manager.ca.ovhcloud.com/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1/domain';
      const { tabId } = await session.openTab(url);
      const panel = await openView('sidepanel', lang, { tabId: String(tabId) });
      const current = '.guide-steps [aria-current=step] button.show-me';
      await panel.locator(current).waitFor();
      await walkTabOrder(panel, 'every stop on the control panel');
      // "Show me" highlights on the page; "Hide the highlight" then goes, the focus not with it.
      await tabTo(panel, current, 'Show me');
      await press(panel, 'Enter', 'showing the step on the page');
      await panel.locator('#hide-highlight').waitFor();
      await tabTo(panel, '#hide-highlight', 'Hide the highlight');
      await panel.keyboard.press('Enter');
      await expect.poll(() => panel.locator('#hide-highlight').count()).toBe(0);
      await expectUsableFocus(panel, 'after the highlight was hidden');
      expect(await seriousViolations(panel)).toEqual([]);
    }, WALK_TIMEOUT);

    test('side panel on a page it may not read: "Allow access" by keyboard, the focus kept once the page is read', async () => {
      const { page: site, tabId } = await session.openTab('https://panel.unknown-registrar.example/domains/example.com/zone');
      const panel = await openView('sidepanel', lang, { tabId: String(tabId) });
      await panel.locator('#page-access-button').waitFor();
      await tabTo(panel, '#page-access-button', 'Allow access to this page');
      await press(panel, 'Enter', 'asking for access');
      await panel.locator('#page-access-answer').waitFor();
      await expectUsableFocus(panel, 'after asking for access');
      // The user answers in the browser's toolbar (the toolbar button here): the panel reads the page and is drawn again.
      await session.clickToolbarButton(site);
      await expect.poll(() => value(panel, '#domain')).toBe('example.com');
      expect(await panel.locator('#page-access').count()).toBe(0);
      await panel.bringToFront();
      await expectUsableFocus(panel, 'after the page was read');
    }, WALK_TIMEOUT);

    test('options: every stop, and a template imported then removed', async () => {
      await session.setOptions({ language: lang });
      const page = await session.openExtensionPage('src/options/options.html');
      await page.locator('#template-file').waitFor();
      await walkTabOrder(page, 'every stop of the options');
      await page.emulateMedia({ colorScheme: 'dark' });
      await walkTabOrder(page, 'every stop of the options, dark');
      await page.emulateMedia({ colorScheme: 'light' });
      // The file field opens the system's file chooser on Space; the chooser stands in for the user's pick.
      await tabTo(page, '#template-file', 'the template file field');
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles(TEMPLATE);
      const remove = page.locator('ul.templates button');
      await remove.waitFor();
      await tabTo(page, 'ul.templates button', 'removing the template', { backward: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => remove.count()).toBe(0);
      await expectUsableFocus(page, 'after the template was removed');
    }, WALK_TIMEOUT);
  });
}
