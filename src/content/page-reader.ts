/**
 * Injected on demand into the active tab. It only reads: which adapter knows this page, the zone
 * it edits and the page kind, and tells the background. Filling forms comes with the adapters.
 */
import browser from 'webextension-polyfill';
import { readPage } from '../sites/index.js';

const MARK = '__dnsSetupAssistantContent';
const scope = globalThis as Record<string, unknown>;

// Injection may happen again (every time the popup opens); one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  const read = () => readPage(new URL(location.href), document) ?? null;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'read-page') {
      return Promise.resolve(read());
    }
    return undefined;
  });
  browser.runtime.sendMessage({ type: 'page-info', payload: { page: read() } }).catch(() => undefined);
}
