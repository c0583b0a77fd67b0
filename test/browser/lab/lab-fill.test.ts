/// <reference types="chrome" />
/**
 * The issue 12 proof: every Lab page (test/fixtures/lab/<id>/, real component libraries, hosts no
 * adapter and no content-script pattern knows) filled THROUGH THE POPUP as a user does it: the
 * assistant opened on the page (the test build's host permission stands for activeTab: the page
 * reader and the filler arrive by on-demand injection), the setup typed, "Show what would be
 * filled in", "Fill in all (N)", then the user clicks the page's own save each time the side panel
 * says `awaiting-save` (and its publish button on stage-then-publish pages). The saved zone must be
 * exactly the initial records plus the new ones: nothing lost, nothing changed.
 *
 * Pages run LAB_PARALLEL at a time, each browser (the extension loaded) reused for the pages it
 * is given; screenshots of failures go to .cache/screenshots/e2e/lab-fill/.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, inject, test } from 'vitest';
import type { FillState } from '../../../src/messages/types.js';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { listLabSites, type FixtureSite } from '../../fixtures/sites/kit/fixture-sites.js';
import { initialRecords } from '../../fixtures/sites/kit/initial-zone.js';
import type { Row } from '../../fixtures/sites/kit/row.js';
import { rowsToRecords } from '../../fixtures/sites/kit/rows-to-records.js';
import type { LabConventions } from '../../fixtures/lab/kit/conventions.js';
import { launchExtension, SCREENSHOTS, type ExtensionSession } from '../harness.js';
import { fillAllFromPopup, lastMessage, openPopupOn, typeSetup } from '../popup-fill.js';
import { sendFromPanel } from '../sites/helpers.js';
import { expectedZone, FILL_SETUPS, type FillSetupId } from '../sites/helpers-expected.js';
import { LAB_PARALLEL } from './lab-browser.js';
import { clickPublish, clickSave, LAB_USERS, type LabUser } from './lab-users.js';

const SHOTS = join(SCREENSHOTS, 'lab-fill');
const VARS: Record<FillSetupId, Record<string, string>> = { 'hosted-exchange': { server: 'ex5.mail.ovh.net', token: 'ab1cd' }, onprem: { ip: '203.0.113.10' } };
const SERVICE: Record<FillSetupId, string> = { 'hosted-exchange': 'ovh-hosted-exchange', onprem: 'exchange-onprem' };
const SETUPS: FillSetupId[] = ['hosted-exchange', 'onprem'];
/** LAB_ONLY=kumo,ods runs those pages only (while working on one). */
const ONLY = process.env.LAB_ONLY?.split(',');
const keys = (records: readonly DnsRecord[]) => records.map(comparableKey).sort();

/** Browsers with the extension, one page at a time each, reused: a page waits for a free one. */
function browserPool(size: number) {
  const idle: ExtensionSession[] = [];
  const all: Promise<ExtensionSession>[] = [];
  const waiting: ((session: ExtensionSession) => void)[] = [];
  let started = 0;
  const take = async (): Promise<ExtensionSession> => {
    const free = idle.pop();
    if (free) return free;
    if (started < size) {
      started += 1;
      const launched = launchExtension(inject('dns'));
      all.push(launched);
      const session = await launched;
      await session.setOptions({ language: 'en' });
      return session;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const give = (session: ExtensionSession) => {
    const next = waiting.shift();
    if (next) next(session);
    else idle.push(session);
  };
  return {
    async use<T>(task: (session: ExtensionSession) => Promise<T>): Promise<T> {
      const session = await take();
      try {
        return await task(session);
      } finally {
        await Promise.all(session.context.pages().map((page) => page.close().catch(() => undefined)));
        await session.worker.evaluate(() => chrome.storage.local.clear()).catch(() => undefined);
        give(session);
      }
    },
    close: async () => Promise.all((await Promise.allSettled(all)).flatMap((r) => (r.status === 'fulfilled' ? [r.value.close()] : []))),
  };
}

const pool = browserPool(LAB_PARALLEL);
afterAll(() => pool.close(), 120_000);

async function conventionsOf(site: FixtureSite): Promise<LabConventions> {
  return ((await import(pathToFileURL(join(site.dir, 'conventions.ts')).href)) as { conventions: LabConventions }).conventions;
}

/** Plays the user: the page's save each time the side panel awaits it, its publish at the end; the run's final state. */
async function playUser(panel: Page, tabId: number, page: Page, user: LabUser): Promise<FillState> {
  const handled = new Set<string>();
  const deadline = Date.now() + 240_000;
  let state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
  while ((state.state === 'running' || state.state === 'idle') && Date.now() < deadline) {
    const progress = state.state === 'running' ? state.progress : undefined;
    const key = progress ? `${progress.index}:${progress.message.en.slice(0, 40)}` : '';
    if (progress?.phase === 'awaiting-save' && !handled.has(key)) {
      handled.add(key);
      await page.bringToFront();
      if (user.publish && /publish/i.test(progress.message.en)) await clickPublish(page, user);
      else await clickSave(page, user);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
  }
  return state;
}

// One retry on a fresh page, kept as a net for CI's two busy cores (the run reports retries); the
// fill and what is asserted are the same on the retry.
describe.concurrent('every Lab page, filled through the popup with no adapter', { retry: 1 }, () => {
  for (const site of listLabSites().filter((lab) => !ONLY || ONLY.includes(lab.id))) {
    for (const setupId of SETUPS) {
      test(`${site.id}: the ${setupId} set`, ({ expect }) => pool.use(async (session) => {
        const user = LAB_USERS[site.id];
        if (!user) throw new Error(`test/browser/lab/lab-users.ts has no user for the Lab page ${site.id}: add its save button.`);
        const page = await session.context.newPage();
        try {
          await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
          await page.waitForFunction(() => window.__fixture !== undefined, undefined, { timeout: 90_000 });
          const { popup, tabId } = await openPopupOn(session, page);
          await typeSetup(popup, { domain: site.zone, service: SERVICE[setupId], vars: VARS[setupId] });
          const panel = await fillAllFromPopup(session, popup, tabId);
          await page.bringToFront();
          const final = await playUser(panel, tabId, page, user);
          const rows = (await page.evaluate(() => window.__fixture!.saved())) as Row[];
          const saved = rowsToRecords(rows, site.zone, (await conventionsOf(site)).notation);
          const expected = expectedZone(FILL_SETUPS[setupId](site.zone));
          expect(lastMessage(final), JSON.stringify(final.state === 'idle' ? final : final.progress)).toMatch(/^Done/);
          expect(keys(saved)).toEqual(keys(expected.records));
          // Every record that was there keeps its TTL and values (nothing was edited).
          for (const record of initialRecords(site.zone)) expect(saved).toContainEqual(expect.objectContaining({ ...record }));
        } catch (error) {
          await page.screenshot({ path: join(SHOTS, `${site.id}-${setupId}-failed.png`), fullPage: true }).catch(() => undefined);
          throw error;
        }
      }), 600_000);
    }
  }
});
