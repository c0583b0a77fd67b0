/**
 * The filler, injected by the background only when the user asks for a plan or a fill (it
 * carries the fill engine, the catalog and the check: too heavy for the page reader that runs on
 * every registrar page). It answers `fill-plan` and `fill-run` from the extension itself.
 */
import { onTabMessage } from '../messages/content-script.js';
import { fillRunning, handleFillPlan, handleFillRun } from './fill-handler.js';

const MARK = '__dnsSetupAssistantFiller';
const scope = globalThis as Record<string, unknown>;

// Injected again before every request; one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  // Only the extension itself talks to this script (the background validated the request).
  onTabMessage({
    'fill-plan': ({ setup, options }) => handleFillPlan(setup, options),
    'fill-run': ({ setup, options }) => handleFillRun(setup, options),
    // The background asks after a page load whether this document still runs the fill.
    'fill-ping': () => ({ running: fillRunning() }),
  });
}
