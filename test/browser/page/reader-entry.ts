/** The generic page reader (src/page/), bundled for pages in Chromium: window.__pageReader. */
import { readListedRecords, readZoneDomain, readZonePage, recognizeEditor } from '../../../src/page/read-zone-page.js';
import { installUts46Table } from '../../../src/records/names/uts46-table.js';

// As the content script does: a zone shown in Unicode is read at once.
installUts46Table();

const reader = { readListedRecords, readZoneDomain, readZonePage, recognizeEditor };
export type PageReader = typeof reader;

declare global {
  interface Window {
    __pageReader: PageReader;
  }
}

window.__pageReader = reader;
