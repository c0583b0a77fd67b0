/**
 * Injected on demand into the active tab. It only reads: which adapter knows the page (by URL, by
 * content, or the generic filler's form detection), the zone and the page kind, and tells the
 * background. Filling is the filler's (src/content/filler.ts), injected when the user asks. Kept
 * light: no site editors, no catalog, no polyfill, no UTS #46 table (names are read leniently
 * here, as candidates, and strictly by the background: records/names/name-candidate.ts).
 */
import './capture-hook.js';
import { readPage } from '../sites/registry.js';
import { unlistedPageInfo } from './unlisted-page.js';
import { reportPage } from './report-page.js';

reportPage('__dnsSetupAssistantContent', (url) => readPage(url, document) ?? unlistedPageInfo(url, document) ?? null);
