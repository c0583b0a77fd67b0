import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchExtension, SCREENSHOTS, type ExtensionSession } from './harness.js';
import { openFold, revealField } from './folds.js';

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await launchExtension(inject('dns'), { locale: 'fr-FR' });
});
afterAll(() => session?.close());

test('the side panel reads the zone from the demo DNS editor and writes names as that site does (FR from the browser)', async () => {
  const url = `${session.demoOrigin}/dns-editor.html?zone=e2e-onprem.test`;
  const tab = await session.context.newPage();
  await tab.goto(url);
  await tab.screenshot({ path: join(SCREENSHOTS, 'demo-page.png') });
  const tabId = await session.tabIdOf(url);

  const panel = await session.openExtensionPage(`src/popup/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('#domain').inputValue()).toBe('e2e-onprem.test');
  await expect.poll(() => panel.getAttribute('html', 'lang')).toBe('fr');
  expect(await panel.locator('#domain-help').innerText()).toContain('Éditeur DNS de démonstration');

  await panel.locator('#service').selectOption('exchange-onprem');
  await panel.locator('#var-ip').fill('203.0.113.10');
  await expect.poll(() => panel.locator('li.record').count()).toBe(4);
  await openFold(panel, 'fold-records');
  // The demo editor writes names relative to the zone: @ for the apex, `mail` below it.
  const names = await panel.locator('li.record h3 .mono').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['@', 'mail', '_autodiscover._tcp']));
  await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-demo-fr.png'), fullPage: true });

  // Typed values are saved per domain and restored next time: once the store holds them (not after a grace time).
  const stored = () => session.worker.evaluate(async () => (await chrome.storage.local.get('setup:e2e-onprem.test'))['setup:e2e-onprem.test']);
  await expect.poll(stored).toMatchObject({ service: 'exchange-onprem', vars: { ip: '203.0.113.10' } });
  await panel.close();
  const again = await session.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`);
  await expect.poll(() => again.locator('#var-ip').inputValue()).toBe('203.0.113.10');
  await again.close();
});

test('an invalid value is flagged as the user types', async () => {
  const panel = await session.openExtensionPage('src/popup/popup.html?domain=typed.test&service=exchange-onprem&ip=203.0.113.10');
  await expect.poll(() => panel.locator('#var-ip').inputValue()).toBe('203.0.113.10');
  await revealField(panel, 'var-ip');
  await panel.locator('#var-ip').fill('203.0.113.');
  await expect.poll(() => panel.locator('#var-ip').getAttribute('aria-invalid')).toBe('true');
  expect(await panel.locator('#var-ip-problems').innerText()).toMatch(/203\.0\.113\./);
  expect(await panel.getByRole('button', { name: 'Vérifier maintenant' }).isDisabled()).toBe(true);
  await panel.close();
});
