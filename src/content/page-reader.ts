/**
 * Injected on demand into the active tab (or run by the manifest on known registrar pages). It
 * reads the page (which adapter knows it, the zone, the page kind) and tells the background; on
 * request it plans and fills the DNS editor with the fill engine (src/fill/).
 */
import browser from 'webextension-polyfill';
import '../capture/content-hook.js';
import type { FillRunOptions, PlanOptions } from '../fill/types.js';
import type { Setup } from '../services/desired.js';
import { readPage } from '../sites/index.js';
import { handleFillPlan, handleFillRun } from './fill-handler.js';
import { unlistedPageInfo } from './page-editor.js';

const MARK = '__dnsSetupAssistantContent';
const scope = globalThis as Record<string, unknown>;

type Request = { type: 'read-page' } | { type: 'fill-plan'; setup: Setup; options: PlanOptions } | { type: 'fill-run'; setup: Setup; options: FillRunOptions };

function isRequest(message: unknown): message is Request {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'read-page' || type === 'fill-plan' || type === 'fill-run';
}

// Injection may happen again (every time the popup opens); one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  const read = () => readPage(new URL(location.href), document) ?? unlistedPageInfo(new URL(location.href), document) ?? null;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension itself talks to this script (the background validated the request).
    if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
    if (message.type === 'read-page') return Promise.resolve(read());
    if (message.type === 'fill-plan') return Promise.resolve(handleFillPlan(message.setup, message.options));
    return Promise.resolve(handleFillRun(message.setup, message.options));
  });
  browser.runtime.sendMessage({ type: 'page-info', payload: { page: read() } }).catch(() => undefined);
}
