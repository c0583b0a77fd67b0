/// <reference types="chrome" />
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness.js';

/**
 * A registrar page whose renderer is compromised runs code with our content script's powers
 * (Chrome's threat model for content scripts). Simulated here for real: the test evaluates in
 * our content script's isolated world of the demo page, through the DevTools protocol, and that
 * code talks to the extension exactly as a hijacked content script would.
 */
const ZONE = 'e2e-onprem.test';
const SETUP = { domain: ZONE, service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };

let session: ExtensionSession;
let tab: Page;
let tabId: number;
let cdp: CDPSession;
let isolatedWorld: number;

/** Runs `expression` in our content script's isolated world of the demo tab. */
async function asContentScript(expression: string): Promise<unknown> {
  const result = (await cdp.send('Runtime.evaluate', { expression, contextId: isolatedWorld, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (result.exceptionDetails) throw new Error(`In the content script's world: ${result.exceptionDetails.text}`);
  return result.result.value;
}

beforeAll(async () => {
  session = await launchExtension(inject('dns'));
  await session.setOptions({ language: 'en' });
  const url = `${session.demoOrigin}/dns-editor.html?zone=${ZONE}`;
  tab = await session.context.newPage();
  await tab.goto(url);
  tabId = await session.tabIdOf(url);
  // Opening the popup for the tab injects the page reader (activeTab stands in the test build).
  const popup = await session.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`);
  await popup.waitForFunction((zone) => (document.querySelector('#domain') as HTMLInputElement | null)?.value === zone, ZONE);
  await popup.close();

  cdp = await session.context.newCDPSession(tab);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const ours = () => worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(session.extensionId));
  await vi.waitFor(() => {
    if (!ours()) throw new Error('The demo tab has no isolated world of the extension: the page reader was not injected.');
  }, { timeout: 30_000, interval: 100 });
  isolatedWorld = ours()!.id;
}, 120_000);
afterAll(() => session?.close());

describe('a hijacked content script on a registrar page', () => {
  test('cannot paint a forged check result in the popup; the background’s real events still arrive', async () => {
    const popup = await session.openExtensionPage(`src/popup/popup.html?${new URLSearchParams({ domain: SETUP.domain, service: SETUP.service, ...SETUP.vars })}`);
    await expect.poll(() => popup.locator('#var-ip').inputValue()).toBe('203.0.113.10');

    const forged = { state: 'failed', setup: SETUP, offline: false, error: { en: 'FORGED BY THE PAGE', fr: 'FORGED BY THE PAGE' } };
    await asContentScript(`chrome.runtime.sendMessage(${JSON.stringify({ event: 'check-state', domain: ZONE, state: forged })}).catch(() => 'nobody answers events')`);
    await asContentScript(`chrome.runtime.sendMessage(${JSON.stringify({ event: 'fill-state', tabId, state: { state: 'done', setup: SETUP, site: 'FORGED', plan: { zone: ZONE, toAdd: [], present: [], conflicts: [], toReplace: [], unsupported: [] }, savedCount: 0 } })}).catch(() => 'nobody answers events')`);
    // Each send above returned once the popup's listener had run; a task later, whatever it set is
    // rendered (preact renders on a microtask): nothing forged may show (a grace time proved nothing).
    await popup.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await popup.locator('body').innerText()).not.toContain('FORGED');

    // The gate lets the service worker through: a real check ends through its events.
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => popup.locator('li.result').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    expect(await popup.locator('body').innerText()).not.toContain('FORGED');
    await popup.close();
  });

  test('cannot hand the popup a malformed page in answer to read-page', async () => {
    // Answers before the real page reader does (its reply is sent a microtask later).
    await asContentScript(`chrome.runtime.onMessage.addListener((message, sender, respond) => {
      if (message && message.type === 'read-page') respond({ adapterId: 'demo', pageKind: 'dns-editor', notation: 'relative', domain: { toString: 'x' } });
    }); true`);
    const popup = await session.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`);
    // Refused as a page (null): the popup starts as on any page it cannot read, with the form ready to type in.
    await expect.poll(() => popup.locator('#domain').count()).toBe(1);
    expect(await popup.locator('body').innerText()).not.toContain('could not start');
    // What the background now tells any of our pages about that tab: no page.
    const seen = await popup.evaluate(async (id) => chrome.runtime.sendMessage({ type: 'get-tab-context', payload: { tabId: id } }), tabId);
    expect(seen).toEqual({ ok: true, value: { notation: 'fqdn' } });
    await popup.close();
  });
});
