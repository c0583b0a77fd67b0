/** The generic page reader (src/page/), bundled for pages in Chromium: window.__pageReader. */
import { readListedRecords, readZoneDomain, readZonePage, recognizeEditor } from '../../../src/page/read-zone-page.js';

// Without the UTS #46 table, as in the content script: a zone shown in Unicode is read as a candidate.

const reader = { readListedRecords, readZoneDomain, readZonePage, recognizeEditor };
export type PageReader = typeof reader;

declare global {
  interface Window {
    __pageReader: PageReader;
  }
}

window.__pageReader = reader;
