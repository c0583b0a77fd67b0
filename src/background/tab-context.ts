import { browser } from '../ext/polyfill.js';
import contentScript from '../content/page-reader.ts?iife';
import type { TabContext } from '../messages/types.js';
import { isPageInfo } from '../messages/validate.js';
import { findAdapterById } from '../sites/registry.js';
import type { PageInfo } from '../sites/types.js';

/**
 * What each tab's page is, as its content script reported it. The content script is injected on
 * demand (activeTab, or a host permission for the registrar hosts): no content script runs on
 * every site.
 */
const pages = new Map<number, PageInfo | null>();

export function rememberPage(tabId: number, page: PageInfo | null): void {
  pages.set(tabId, page);
}

export function forgetTab(tabId: number): void {
  pages.delete(tabId);
}

/** Tabs whose page edits this zone (for the badge). */
export function tabsShowing(domain: string): number[] {
  return [...pages].filter(([, page]) => page?.domain === domain).map(([tabId]) => tabId);
}

async function askContentScript(tabId: number): Promise<PageInfo | null | undefined> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'read-page' }, { frameId: 0 });
  } catch {
    return undefined; // no content script in that tab yet
  }
  // The answer comes from the page's renderer: held to the same shape as a `page-info` message
  // before it reaches the popup (which would otherwise show, or trip on, whatever it holds).
  return reply === undefined || isPageInfo(reply) ? (reply as PageInfo | null | undefined) : null;
}

export async function tabContext(tabId: number): Promise<TabContext> {
  let page = await askContentScript(tabId);
  if (page === undefined) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
      page = await askContentScript(tabId);
    } catch {
      // No access to this tab (browser pages, the store, or no activeTab grant): the user types the domain.
      page = null;
    }
  }
  rememberPage(tabId, page ?? null);
  if (!page) return { notation: 'fqdn' };
  const siteName = findAdapterById(page.adapterId)?.name;
  return siteName ? { page, notation: page.notation, siteName } : { page, notation: page.notation };
}
