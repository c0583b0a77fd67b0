import { browser } from '../ext/polyfill.js';
import { sendToTab } from '../messages/send-to-tab.js';
import contentScript from '../content/page-reader.ts?iife';
import type { PageReadableEvent, TabContext } from '../messages/types.js';
import { findAdapterById } from '../sites/registry.js';
import type { PageInfo } from '../sites/types.js';
import { strictPage } from './strict-page.js';

/**
 * What each tab's page is, as its content script reported it. The content script is injected on
 * demand (activeTab, or a host permission for the registrar hosts): no content script runs on
 * every site.
 */
const pages = new Map<number, PageInfo | null>();

/** Remembers the tab's page, its zone read strictly; gives what it remembered. */
export function rememberPage(tabId: number, page: PageInfo | null): PageInfo | null {
  const strict = strictPage(page);
  pages.set(tabId, strict);
  return strict;
}

export function forgetTab(tabId: number): void {
  pages.delete(tabId);
}

/** Tabs whose page edits this zone (for the badge). */
export function tabsShowing(domain: string): number[] {
  return [...pages].filter(([, page]) => page?.domain === domain).map(([tabId]) => tabId);
}

/**
 * The page's info, or undefined when the tab has no content script yet. The answer comes from the
 * page's renderer: sendToTab holds it to the shape of a `page-info` message (null otherwise)
 * before it reaches the popup, which would otherwise show, or trip on, whatever it holds.
 */
async function askContentScript(tabId: number): Promise<PageInfo | null | undefined> {
  return sendToTab(tabId, 'read-page', {}).catch(() => undefined);
}

/**
 * The page's origin when the browser tells it (without access it does not: then the side panel
 * asks the browser to put the request to the user). Only https: the optional host permission's pattern.
 */
async function httpsOrigin(tabId: number): Promise<string | undefined> {
  const url = await browser.tabs.get(tabId).then((tab) => tab.url, () => undefined);
  return url?.startsWith('https://') ? new URL(url).origin : undefined;
}

export async function tabContext(tabId: number): Promise<TabContext> {
  let page = await askContentScript(tabId);
  if (page === undefined) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
      page = await askContentScript(tabId);
      // A side panel waiting for access to this tab reads it now (the toolbar button was clicked, or access was given).
      const event: PageReadableEvent = { event: 'page-readable', tabId };
      browser.runtime.sendMessage(event).catch(() => undefined);
    } catch {
      // No access to this tab (browser pages, the store, or no activeTab grant): the side panel asks for it, or the user types the domain.
      rememberPage(tabId, null);
      const origin = await httpsOrigin(tabId);
      return { notation: 'fqdn', unreadable: origin ? { origin } : {} };
    }
  }
  page = rememberPage(tabId, page ?? null);
  if (!page) return { notation: 'fqdn' };
  const adapter = findAdapterById(page.adapterId);
  return { page, notation: page.notation, ...(adapter?.name && { siteName: adapter.name }), ...(adapter?.hostId && { hostId: adapter.hostId }) };
}
