/**
 * Injected on demand into the active tab (or run by the manifest on known registrar pages). It
 * only reads: which adapter knows the page (by URL, by content, or the generic filler's form
 * detection), the zone and the page kind, and tells the background. Filling is the filler's
 * (src/content/filler.ts), injected when the user asks.
 */
import browser from 'webextension-polyfill';
import '../capture/content-hook.js';
import { readPage } from '../sites/index.js';
import { unlistedPageInfo } from './page-editor.js';

const MARK = '__dnsSetupAssistantContent';
const scope = globalThis as Record<string, unknown>;

// Injection may happen again (every time the popup opens); one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  const read = () => readPage(new URL(location.href), document) ?? unlistedPageInfo(new URL(location.href), document) ?? null;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (sender.id !== browser.runtime.id || type !== 'read-page') return undefined;
    return Promise.resolve(read());
  });
  browser.runtime.sendMessage({ type: 'page-info', payload: { page: read() } }).catch(() => undefined);
}
