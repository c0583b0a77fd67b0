/// <reference types="chrome" />
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureSite } from '../fixtures/sites/kit/fixture-sites.js';
import { SCREENSHOTS, useExtensionSession } from './harness.js';

/**
 * The whole capture flow with the real extension: the content script reads the panel fixture as
 * the user moves (Connexion box → Associated domains → CNAME pop-over → SRV wizard), the
 * background stores the setup with its sources, and the registrar tab's popup opens on it.
 */
const session = useExtensionSession({ screenshots: '', launchTimeoutMs: 120_000 });

const PANEL = 'https://manager.ca.ovhcloud.com/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1';

const stored = (key: string) => session.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

test('capture on the panel, then the setup is there at the registrar', async () => {
  const panel = await session.context.newPage();
  await panel.goto(PANEL);
  const tabId = await session.tabIdOf(`${PANEL}`);
  // Opening the side panel for the tab injects the content script (activeTab stands in the test build).
  const side = await session.openExtensionPage(`src/popup/sidepanel.html?tabId=${tabId}`);
  await panel.bringToFront();

  await panel.evaluate(() => { location.hash = '#/web/exchange/hosted-ab12345-1/hosted-ab12345-1/domain'; });
  await panel.click('tr:has-text("example.com") [data-badge=CNAME]');
  await expect.poll(() => stored('capture:example.com')).toMatchObject({ vars: { token: { value: 'ab1cd' } } });
  await panel.click('tr:has-text("example.com") [data-badge=SRV]');
  await expect.poll(() => stored('capture:example.com')).toMatchObject({ vars: { server: { source: 'panel-srv-wizard' } } });

  expect(await stored('capture:example.com')).toEqual({
    domain: 'example.com',
    service: 'ovh-hosted-exchange',
    vars: {
      server: { value: 'ex5.mail.ovh.net', source: 'panel-srv-wizard' },
      token: { value: 'ab1cd', source: 'panel-cname-popover' },
      cname_target: { value: 'ovh.com', source: 'panel-cname-popover' },
    },
  });
  expect(await stored('setup:example.com')).toEqual({
    domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd', cname_target: 'ovh.com' },
  });
  // The fine domain was left alone.
  expect(await stored('setup:fine.example.org')).toBeUndefined();
  await panel.screenshot({ path: join(SCREENSHOTS, 'capture-panel-srv-wizard.png') });
  await side.close();

  // The registrar tab: its popup opens on the captured setup.
  const godaddy = fixtureSite('godaddy');
  const registrarUrl = `https://${godaddy.hosts[0]}${godaddy.startPath}`;
  const registrar = await session.context.newPage();
  await registrar.goto(registrarUrl);
  const registrarTab = await session.tabIdOf(registrarUrl);
  const popup = await session.openExtensionPage(`src/popup/popup.html?tabId=${registrarTab}`);
  await expect.poll(() => popup.locator('#domain').inputValue()).toBe('example.com');
  await expect.poll(() => popup.locator('#service').inputValue()).toBe('ovh-hosted-exchange');
  await expect.poll(() => popup.locator('#var-server').inputValue()).toBe('ex5.mail.ovh.net');
  expect(await popup.locator('#var-token').inputValue()).toBe('ab1cd');
  await popup.screenshot({ path: join(SCREENSHOTS, 'capture-registrar-popup.png'), fullPage: true });
});

test('on its own: the manifest\'s content script captures the Email Pro panel without the popup being opened', async () => {
  const page = await session.context.newPage();
  await page.goto('https://manager.ca.ovhcloud.com/?lang=en#/web/email_pro/emailpro-ab12345-1/domain');
  await page.click('[data-badge=CNAME]');
  await expect.poll(() => stored('setup:shop.example.net')).toEqual({
    domain: 'shop.example.net', service: 'ovh-email-pro', vars: { token: 'zz9q', cname_target: 'ovh.com' },
  });
  await page.click('[data-badge=SRV]');
  await expect.poll(() => stored('capture:shop.example.net')).toMatchObject({ vars: { server: { value: 'pro3.mail.ovh.net', source: 'panel-srv-wizard' } } });
  await page.close();
});

test('a crafted capture from a page is refused by the background', async () => {
  const page = await session.openExtensionPage('src/popup/popup.html');
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'capture', payload: { capture: { domain: 'example.net', service: 'ovh-hosted-exchange', vars: { server: { value: 'evil host', source: 'panel-srv-wizard' } } } } }),
  );
  expect(reply.ok).toBe(false);
  expect(await stored('setup:example.net')).toBeUndefined();
});
