import { browser } from '../ext/polyfill.js';
import { TAB_REQUESTS, type TabReplyOf, type TabRequestOf, type TabType } from './tab-requests.js';

/**
 * Asks the content script of a tab's top frame (the background's side of the pair, see
 * onTabMessage). Resolves to the answer read through its declaration, or undefined when nothing
 * answered; rejects when the tab has no content script to receive it.
 */
export async function sendToTab<K extends TabType>(tabId: number, type: K, request: TabRequestOf<K>): Promise<TabReplyOf<K> | undefined> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type, ...(request as object) }, { frameId: 0 });
  return raw === undefined ? undefined : (TAB_REQUESTS[type].reply(raw) as TabReplyOf<K>);
}
