/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchExtension, SCREENSHOTS, seriousViolations, type ExtensionSession } from './harness.js';
import { openFold, revealField } from './folds.js';
import { frenchScreenProblems } from './fr-screen.js';

/**
 * The popup's issue-5 parts with the real extension: paste → what was understood → use →
 * setup and sources; hostile paste refused; the guide of the panel page with "Show me".
 */
let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await launchExtension(inject('dns'), { locale: 'fr-FR' });
}, 120_000);
afterAll(() => session?.close());

/** "Show me" points at the page with `tip` (both screens shot, the panel's French checked), and "Hide" takes the highlight away. */
async function expectTipThenHide(tab: Page, panel: Page, tip: string, [tabShot, panelShot]: [string, string]): Promise<void> {
  await expect.poll(() => tab.evaluate(() => document.querySelector('[data-dsa-highlight]')?.shadowRoot?.querySelector('.tip')?.textContent)).toBe(tip);
  await tab.screenshot({ path: join(SCREENSHOTS, tabShot) });
  await panel.screenshot({ path: join(SCREENSHOTS, panelShot), fullPage: true });
  expect(await frenchScreenProblems(panel)).toEqual([]);
  await panel.locator('#hide-highlight').click();
  await expect.poll(() => tab.evaluate(() => document.querySelectorAll('[data-dsa-highlight]').length)).toBe(0);
}

const DELIVERY = `Votre service Private Exchange est en cours de livraison.
Nom du serveur : exchange.example.org
Adresse IPv4 : 198.51.100.25
Adresse IPv6 : 2001:db8:3c4d:15::25`;

test('paste: shows what it understood, uses it only on confirmation, with "pasted" as the source (FR)', async () => {
  const popup = await session.openExtensionPage('src/popup/popup.html');
  await openFold(popup, 'fold-paste');
  await popup.locator('#paste-text').fill(DELIVERY);
  await popup.locator('#paste-read').click();
  const understood = popup.locator('#paste-understood');
  await expect.poll(() => understood.innerText()).toContain('E-mail de livraison Private Exchange');
  const text = await understood.innerText();
  expect(text).toMatch(/exchange\.example\.org\.? 3600 IN A 198\.51\.100\.25/);
  expect(text).toContain('collé (e-mail de livraison)');
  // Nothing stored before confirmation.
  expect(await session.worker.evaluate(async () => (await chrome.storage.local.get('setup:example.org'))['setup:example.org'])).toBeUndefined();
  await popup.screenshot({ path: join(SCREENSHOTS, 'capture-paste-understood-fr.png'), fullPage: true });
  expect(await frenchScreenProblems(popup)).toEqual([]);
  expect(await seriousViolations(popup)).toEqual([]);

  await popup.locator('#paste-use').click();
  await expect.poll(() => popup.locator('#domain').inputValue()).toBe('example.org');
  await expect.poll(() => popup.locator('#service').inputValue()).toBe('ovh-private-exchange');
  expect(await popup.locator('#var-ipv4').inputValue()).toBe('198.51.100.25');
  expect(await popup.locator('.captured[data-var=ipv6]').innerText()).toContain('collé');
  expect(await session.worker.evaluate(async () => (await chrome.storage.local.get('setup:example.org'))['setup:example.org'])).toEqual({
    domain: 'example.org', service: 'ovh-private-exchange', vars: { server_name: 'exchange', ipv4: '198.51.100.25', ipv6: '2001:db8:3c4d:15::25' },
  });
  await popup.close();
});

test('paste: hostile or junk text gets a sentence, nothing rendered as markup, nothing used', async () => {
  const popup = await session.openExtensionPage('src/popup/popup.html');
  await openFold(popup, 'fold-paste');
  await popup.locator('#paste-text').fill('<img src=x onerror="document.title=\'pwned\'"> Nom du serveur : a.example.org IPv4 : 198.51.100.9');
  await popup.locator('#paste-read').click();
  await expect.poll(() => popup.locator('.paste-box .problems').innerText()).toContain('HTML');
  expect(await popup.locator('.paste-box img').count()).toBe(0);
  expect(await popup.title()).not.toBe('pwned');
  expect(await popup.locator('#paste-use').count()).toBe(0);
  await popup.close();
});

test('guide: on the panel\'s Associated domains, the Hosted Exchange steps with "Show me" highlighting the red CNAME badge', async () => {
  const url = 'https://manager.ca.ovhcloud.com/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1/domain';
  const tab = await session.context.newPage();
  await tab.goto(url);
  const tabId = await session.tabIdOf(url);
  const panel = await session.openExtensionPage(`src/popup/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('#guide-pick').inputValue()).toBe('hosted-exchange-first-steps');
  const current = panel.locator('.guide-steps [aria-current=step]');
  await expect.poll(() => current.getAttribute('data-step')).toBe('cname-ownership');
  expect(await panel.locator('.guide-steps .step-done').count()).toBeGreaterThanOrEqual(2);
  await current.locator('.show-me').click();
  await expectTipThenHide(tab, panel, 'Cliquez sur la pastille rouge CNAME', ['guides-show-me-panel.png', 'guides-sidepanel-fr.png']);

  // The page shows it: the fine domain's green badges mark the DNS steps done.
  await revealField(panel, 'domain');
  await panel.locator('#domain').fill('fine.example.org');
  await expect.poll(() => panel.locator('.guide-steps [data-step=dns-values]').getAttribute('class')).toContain('step-done');
  expect(await panel.locator('.guide-steps [data-step=cname-ownership]').getAttribute('class')).toContain('step-done');

  // A support agent opens any guide without being on its page.
  await panel.locator('#guide-pick').selectOption('exchange-onprem-essentials');
  expect(await panel.locator('.guide-steps').innerText()).toContain('25 (SMTP)');
});

test('guide: on the Email Pro panel\'s Associated domains, the Email Pro steps, "Show me" on the red SRV badge (none on green MX), the page\'s guide over a Hosted Exchange setup, and the mail-app step opens its guide', async () => {
  const url = 'https://manager.ca.ovhcloud.com/#/web/email_pro/emailpro-ab12345-1/domain';
  // tabIdOf matches without the hash: the panel tab of the test above would be found first.
  for (const open of session.context.pages()) if (open.url().startsWith('https://manager.ca.ovhcloud.com/')) await open.close();
  const tab = await session.context.newPage();
  await tab.goto(url);
  const tabId = await session.tabIdOf(url);
  const panel = await session.openExtensionPage(`src/popup/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('#guide-pick').inputValue()).toBe('email-pro-first-steps');
  const stepClass = (id: string) => panel.locator(`.guide-steps [data-step=${id}]`).getAttribute('class');
  // The page shows it: shop.example.net has its row (added), its MX and SPF badges are green.
  for (const id of ['add-domain', 'mx-records', 'spf']) await expect.poll(() => stepClass(id)).toContain('step-done');
  await expect.poll(() => panel.locator('.guide-steps [aria-current=step]').getAttribute('data-step')).toBe('cname-ownership');

  await panel.locator('.guide-steps [data-step=srv-autodiscover] .show-me').click();
  await expectTipThenHide(tab, panel, 'Cliquez sur la pastille rouge SRV pour voir les valeurs', ['guides-show-me-email-pro.png', 'guides-sidepanel-email-pro-fr.png']);

  // "Show me" on the MX step: every MX badge is green here, so nothing is highlighted and the status says why.
  await panel.locator('.guide-steps [data-step=mx-records] .show-me').click();
  await expect.poll(() => panel.locator('.status').innerText()).toContain('Aucune pastille MX rouge');
  expect(await tab.evaluate(() => document.querySelectorAll('[data-dsa-highlight]').length)).toBe(0);

  // A Hosted Exchange setup while on this Email Pro page: the page wins, the view says why, the picker stays.
  expect(await panel.locator('#guide-why').count()).toBe(0);
  await revealField(panel, 'service');
  await panel.locator('#service').selectOption('ovh-hosted-exchange');
  await expect.poll(() => panel.locator('#guide-why').innerText()).toContain('(OVHcloud Hosted Exchange)');
  expect(await panel.locator('#guide-why').innerText()).toContain('des étapes pour cette page');
  expect(await panel.locator('#guide-pick').inputValue()).toBe('email-pro-first-steps');
  expect(await panel.locator('.guide-steps [aria-current=step]').getAttribute('data-step')).toBe('cname-ownership');

  await panel.locator('.guide-steps [data-step=mail-apps] .see-guide').click();
  await expect.poll(() => panel.locator('#guide-pick').inputValue()).toBe('mail-client-settings');
  expect(await panel.locator('.guide-steps').innerText()).toContain('pro<N>.mail.ovh.net');
  expect(await seriousViolations(panel)).toEqual([]);
  await tab.close();
});
