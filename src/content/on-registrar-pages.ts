/**
 * The manifest's content script on the adapters' registrar pages (scripts/manifest-for.ts), run at
 * every page load there, so held to the bundle budget (≤ 15 KB gzip,
 * test/browser/bundle-budgets.test.ts): the capture hook and the pages a site knows by URL. On
 * another page of those hosts it answers nothing, and the background injects the whole page
 * reader (page-reader.ts: panels known by content, the generic filler's form detection) when the
 * popup opens. Its own entry: the crx plugin cannot use one file both as a manifest content
 * script and as the background's `?iife` import.
 */
import './capture-hook.js';
import { readPage } from '../sites/page-sites.js';
import { reportPage } from './report-page.js';

reportPage('__dnsSetupAssistantRegistrar', (url) => readPage(url, document));
