/**
 * The generic page reader on every Registrar Lab page (test/fixtures/lab/<id>/, real UI
 * libraries, no adapter), add form closed: it takes the page for a DNS editor, reads the zone's
 * domain from the page and reads exactly the records the page's own saved state holds (types,
 * names, values, priorities, TTLs). One Chromium, one context, a few pages at a time.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';
import type { LabConventions } from '../../fixtures/lab/kit/conventions.js';
import { listLabSites, type FixtureSite } from '../../fixtures/sites/kit/fixture-sites.js';
import type { Row } from '../../fixtures/sites/kit/row.js';
import { rowsToRecords } from '../../fixtures/sites/kit/rows-to-records.js';
import { launchLabBrowser, slots, type LabBrowser } from '../lab/lab-browser.js';
import { pageReaderScript } from './reader-script.js';

const inSlot = slots(4);
const sorted = (records: readonly DnsRecord[]) => records.map((record) => `${comparableKey(record)} ttl=${record.ttl}`).sort();

let lab: LabBrowser;
let context: Awaited<ReturnType<LabBrowser['newContext']>>;
beforeAll(async () => {
  lab = await launchLabBrowser(inject('dns'));
  context = await lab.newContext();
}, 120_000);
afterAll(() => lab?.close());

async function openWithReader(site: FixtureSite): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixture !== undefined);
  await page.addScriptTag({ content: await pageReaderScript() });
  return page;
}

describe.concurrent('the page reader on the Registrar Lab, add form closed', () => {
  for (const site of listLabSites()) {
    test(`${site.id}: recognised, its domain read, exactly its saved records read`, ({ expect }) => inSlot(async () => {
      const { conventions } = (await import(pathToFileURL(join(site.dir, 'conventions.ts')).href)) as { conventions: LabConventions };
      const page = await openWithReader(site);
      try {
        const saved = rowsToRecords((await page.evaluate(() => window.__fixture!.saved())) as Row[], site.zone, conventions.notation);
        // The listing renders after the app starts: read until it shows as many rows as the saved zone.
        await expect.poll(() => page.evaluate(() => window.__pageReader.readZonePage(document).records.length), { timeout: 30_000 }).toBe(saved.length);
        const reading = await page.evaluate(() => {
          const { editor, domain, records } = window.__pageReader.readZonePage(document);
          return { editor, domain, records: records.map(({ record, editable, elements }) => ({ record, editable, shown: elements.length > 0 })) };
        });
        expect(reading.editor.isEditor).toBe(true);
        expect(reading.editor.evidence.map((evidence) => evidence.clue)).toContain('zone-listing');
        expect(reading.domain?.domain).toBe(site.zone);
        expect(sorted(reading.records.map((listed) => listed.record))).toEqual(sorted(saved));
        expect(reading.records.every((listed) => listed.shown)).toBe(true);
      } finally {
        await page.close();
      }
    }), 120_000);
  }
});
