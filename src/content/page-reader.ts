/**
 * Injected on demand into the active tab (or run by the manifest on known registrar pages). It
 * only reads: which adapter knows the page (by URL, by content, or the generic filler's form
 * detection), the zone and the page kind, and tells the background. Filling is the filler's
 * (src/content/filler.ts), injected when the user asks. Kept light (bench: ≤ 15 KB gzip): no
 * site editors, no catalog, no polyfill.
 */
import './capture-hook.js';
import { readPage } from '../sites/registry.js';
import { onTabMessage, tellBackground } from '../messages/content-script.js';
import { unlistedPageInfo } from './unlisted-page.js';
import { installUts46Table } from '../records/names/uts46-table.js';

// A zone shown in Unicode (an IDN) is read from the page before anything else can load: the
// content script cannot fetch the table later (it is one classic script), so it carries it.
installUts46Table();

const MARK = '__dnsSetupAssistantContent';
const scope = globalThis as Record<string, unknown>;

// Injection may happen again (every time the popup opens); one listener is enough.
if (!scope[MARK]) {
  scope[MARK] = true;
  const read = () => readPage(new URL(location.href), document) ?? unlistedPageInfo(new URL(location.href), document) ?? null;
  onTabMessage({ 'read-page': read });
  tellBackground('page-info', { page: read() });
}
