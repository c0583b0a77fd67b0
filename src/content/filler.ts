/**
 * The filler, injected by the background only when the user asks for a plan or a fill (it
 * carries the fill engine, the catalog and the check: too heavy for the page reader that runs on
 * every registrar page). It answers `fill-plan` and `fill-run` from the extension itself.
 */
import { extensionApi } from '../ext/browser.js';
import { onTabMessage } from '../messages/content-script.js';
import { useStoredTemplates } from '../storage/imported-templates.js';
import { installUts46Table } from '../records/names/uts46-install.js';
import { fillRunning, handleFillPlan, handleFillRun } from './fill-handler.js';

const MARK = '__dnsSetupAssistantFiller';
const scope = globalThis as Record<string, unknown>;

/** An imported Domain Connect template is read from storage: the filler runs in the page's context. */
const templatesRead = () => useStoredTemplates(extensionApi().storage.local);

// The plan expands the setup, reading its names synchronously.
installUts46Table();

// Injected again before every request; one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  // Only the extension itself talks to this script (the background validated the request).
  onTabMessage({
    'fill-plan': ({ setup, options }) => templatesRead().then(() => handleFillPlan(setup, options)),
    'fill-run': ({ setup, options }) => templatesRead().then(() => handleFillRun(setup, options)),
    // The background asks after a page load whether this document still runs the fill.
    'fill-ping': () => ({ running: fillRunning() }),
  });
}
