/**
 * The Registrar Lab validates as real panels do, independently of the extension: on every Lab
 * page (test/fixtures/lab/<id>/, real UI libraries), an input the page must refuse shows an error
 * next to the field and saves nothing. (Filling every page is proven through the popup by
 * lab-fill.test.ts, and each page's scripted Playwright fill runs in `npm run bench` beside the
 * filler.) Pages run concurrently in one Chromium (one context each); screenshots with the add
 * form open go to .cache/screenshots/lab/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { initialRecords } from '../../fixtures/sites/kit/initial-zone.js';
import { listLabSites, type FixtureSite } from '../../fixtures/sites/kit/fixture-sites.js';
import type { Row } from '../../fixtures/sites/kit/row.js';
import { rowsToRecords } from '../../fixtures/sites/kit/rows-to-records.js';
import type { LabConventions } from '../../fixtures/lab/kit/conventions.js';
import type { ScriptedFill } from '../../fixtures/lab/kit/scripted-fill.js';
import { LAB_PARALLEL, launchLabBrowser, slots, type LabBrowser } from './lab-browser.js';

const SHOTS = resolve('.cache/screenshots/lab');
// Tests wait for a free slot (LAB_PARALLEL pages at once).
const FILL_TIMEOUT = 600_000;
const inSlot = slots(LAB_PARALLEL);
const keys = (records: readonly DnsRecord[]) => records.map(comparableKey).sort();

interface LabPage {
  fill: ScriptedFill;
  conventions: LabConventions;
}

async function loadPage(site: FixtureSite): Promise<LabPage> {
  const [fill, conventions] = await Promise.all([
    import(pathToFileURL(join(site.dir, 'scripted-fill.ts')).href) as Promise<{ scriptedFill: ScriptedFill }>,
    import(pathToFileURL(join(site.dir, 'conventions.ts')).href) as Promise<{ conventions: LabConventions }>,
  ]);
  return { fill: fill.scriptedFill, conventions: conventions.conventions };
}

let lab: LabBrowser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  lab = await launchLabBrowser(inject('dns'));
});
afterAll(() => lab?.close());

async function openSite(site: FixtureSite): Promise<Page> {
  const context = await lab.newContext();
  const page = await context.newPage();
  await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

async function savedRecords(page: Page, site: FixtureSite, conventions: LabConventions): Promise<DnsRecord[]> {
  const rows = (await page.evaluate(() => window.__fixture!.saved())) as Row[];
  return rowsToRecords(rows, site.zone, conventions.notation);
}

for (const site of listLabSites()) {
  describe.concurrent(`the ${site.id} Lab page`, () => {
    test('refuses an input a real panel refuses: an error next to the field, nothing saved', ({ expect }) => inSlot(async () => {
      const { fill, conventions } = await loadPage(site);
      const page = await openSite(site);
      try {
        await fill.openAddForm(page);
        await page.screenshot({ path: join(SHOTS, `${site.id}.png`) });
        const error = await fill.refuse(page);
        await expect.poll(() => error.isVisible(), { timeout: 5_000 }).toBe(true);
        expect((await error.textContent())?.trim()).not.toBe('');
        await page.screenshot({ path: join(SHOTS, `${site.id}-refused.png`) });
        expect(keys(await savedRecords(page, site, conventions))).toEqual(keys(initialRecords(site.zone)));
      } finally {
        await page.context().close();
      }
    }), FILL_TIMEOUT);
  });
}
