/**
 * The filler, injected by the background only when the user asks for a plan or a fill (it
 * carries the fill engine, the catalog and the check: too heavy for the page reader that runs on
 * every registrar page). It answers `fill-plan` and `fill-run` from the extension itself.
 */
import browser from 'webextension-polyfill';
import type { FillRunOptions, PlanOptions } from '../fill/types.js';
import type { Setup } from '../services/desired.js';
import { useStoredTemplates } from '../storage/imported-templates.js';
import { fillRunning, handleFillPlan, handleFillRun } from './fill-handler.js';

const MARK = '__dnsSetupAssistantFiller';
const scope = globalThis as Record<string, unknown>;

type FillRequest = { type: 'fill-plan'; setup: Setup; options: PlanOptions } | { type: 'fill-run'; setup: Setup; options: FillRunOptions } | { type: 'fill-ping' };

function isFillRequest(message: unknown): message is FillRequest {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'fill-plan' || type === 'fill-run' || type === 'fill-ping';
}

// Injected again before every request; one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension itself talks to this script (the background validated the request).
    if (sender.id !== browser.runtime.id || !isFillRequest(message)) return undefined;
    // The background asks after a page load whether this document still runs the fill.
    if (message.type === 'fill-ping') return Promise.resolve({ running: fillRunning() });
    // An imported Domain Connect template is read from storage: the filler runs in the page's context.
    const ready = useStoredTemplates(browser.storage.local);
    if (message.type === 'fill-plan') return ready.then(() => handleFillPlan(message.setup, message.options));
    return ready.then(() => handleFillRun(message.setup, message.options));
  });
}
