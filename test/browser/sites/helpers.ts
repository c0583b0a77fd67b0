/// <reference types="chrome" />
/**
 * The shared e2e of a fixture site: load the test build in Chromium, open the site under its
 * real host name, ask the extension (through its real message router) for the plan, run the
 * fill, play the user who clicks Save after each record, then compare the fixture's SAVED state
 * (its own JS state, `window.__fixture`) with the expected zone: exactly the added records, every
 * pre-existing record unchanged. Each fixture states its expectations (test/fixtures/sites/<id>/fill.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FillPlan, FillProgress, FillRunOptions } from '../../../src/fill/types.js';
import type { FillState } from '../../../src/messages/types.js';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';
import type { Setup } from '../../../src/services/desired.js';
import { fixtureSite } from '../../fixtures/sites/kit/fixture-sites.js';
import type { RowNotation } from '../../fixtures/sites/kit/notation.js';
import type { Row } from '../../fixtures/sites/kit/row.js';
import { rowsToRecords } from '../../fixtures/sites/kit/rows-to-records.js';
import { type ExtensionSession, SCREENSHOTS, useExtensionSession } from '../harness.js';
import { expectedZone, FILL_SETUPS, type FillSetupId } from './helpers-expected.js';

export interface SiteRun {
  /** Shown in the test name. */
  name: string;
  setup: FillSetupId;
  /** Path (and query) on the site; default: site.json's startPath. */
  path?: string;
  /** The user chose "replace the SPF record by the merged one" for this run. */
  mergedSpf?: boolean;
  pressSubmit?: boolean;
}

export interface SiteFillExpectations {
  siteId: string;
  /** How the fixture writes its rows (apex, relative/FQDN hosts, dots, TXT quotes). */
  notation: RowNotation;
  /** What the user clicks after each filled record (save-style sites); `fill` shows the run meanwhile. */
  save(page: Page, fill: FillWatch): Promise<void>;
  /** Stage-then-submit sites: the user's final Submit (unless the run says pressSubmit). */
  submit?(page: Page): Promise<void>;
  /** Default: hosted Exchange, on-premises Exchange, and hosted Exchange with the merged SPF. */
  runs?: SiteRun[];
  /** Site-specific checks on the saved rows after each run (Cloudflare: nothing proxied). */
  checkRows?(rows: Row[], run: SiteRun): void;
}

/** What a fixture's `fill.ts` states (its folder names the site). */
export type SiteFill = Omit<SiteFillExpectations, 'siteId'>;

/** The run as the side panel sees it, for a save step that checks what the run reports between clicks. */
export interface FillWatch {
  /** The run's last progress report (undefined before the first, or when no run is known). */
  progress(): Promise<FillProgress | undefined>;
}

export const DEFAULT_RUNS: SiteRun[] = [
  { name: 'the OVHcloud Hosted Exchange set', setup: 'hosted-exchange' },
  { name: 'the on-premises Exchange set', setup: 'onprem' },
  { name: 'the Hosted Exchange set with the SPF replaced by the merged one', setup: 'hosted-exchange', mergedSpf: true },
];

/** Sends one request through the extension's router, from an extension page (as the side panel does). */
export async function sendFromPanel<T>(panel: Page, type: string, payload: object): Promise<T> {
  const reply = (await panel.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as
    | { ok: true; value: T }
    | { ok: false; error: { en: string } };
  if (!reply.ok) throw new Error(`${type} refused: ${reply.error.en}`);
  return reply.value;
}

export async function savedRecords(page: Page, zone: string, notation: RowNotation): Promise<DnsRecord[]> {
  const rows = await page.evaluate(() => window.__fixture!.saved());
  return rowsToRecords(rows as Row[], zone, notation);
}

const sortedKeys = (records: DnsRecord[]) => records.map(comparableKey).sort();

export interface RunOutcome {
  plan: FillPlan;
  final: FillState;
  saved: DnsRecord[];
}

/** One fill run on a fresh page: plan, run, the user's Saves, the final state. */
export async function fillSite(session: ExtensionSession, expectations: SiteFillExpectations, run: SiteRun, setup: Setup): Promise<RunOutcome & { page: Page; panel: Page }> {
  const site = fixtureSite(expectations.siteId);
  const url = `https://${site.hosts[0]}${run.path ?? site.startPath}`;
  const panel = await session.openExtensionPage('src/popup/sidepanel.html');
  const page = await session.context.newPage();
  // The plan is asked as soon as the navigation commits, before the site's scripts drew its
  // editor, like a user quick on the button: the background keeps asking until the page answers.
  await page.goto(url, { waitUntil: 'commit' });
  const tabId = await session.tabIdOf(url);
  const options: FillRunOptions = { ...(run.mergedSpf && { replaceSpf: true }), ...(run.pressSubmit && { pressSubmit: true }) };
  const { plan } = await sendFromPanel<{ plan: FillPlan }>(panel, 'fill-plan', { tabId, setup, options: run.mergedSpf ? { replaceSpf: true } : {} });
  await page.waitForFunction(() => window.__fixture !== undefined);
  let state = await sendFromPanel<FillState>(panel, 'fill-run', { tabId, setup, options });
  const watch: FillWatch = {
    progress: async () => {
      const now = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
      return now.state === 'idle' ? undefined : now.progress;
    },
  };
  const handled = new Set<number>();
  const deadline = Date.now() + 30_000;
  while (state.state === 'running' && Date.now() < deadline) {
    const progress = state.progress;
    if (progress?.phase === 'awaiting-save' && !handled.has(progress.index)) {
      handled.add(progress.index);
      // A background tab gets throttled animation frames, which Playwright's click waits on.
      await page.bringToFront();
      if (expectations.submit && progress.index === progress.total && !run.pressSubmit) await expectations.submit(page);
      else await expectations.save(page, watch);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
    if (process.env.FILL_DEBUG && state.state !== 'idle') console.log(Date.now() % 100000, state.progress?.phase, state.progress?.index);
  }
  const saved = await savedRecords(page, setup.domain, expectations.notation);
  return { plan, final: state, saved, page, panel };
}

/** The whole e2e of one fixture site: one test per run, each on a fresh page. */
export function describeSiteFill(expectations: SiteFillExpectations): void {
  describe(`filling the ${expectations.siteId} fixture`, () => {
    const session = useExtensionSession({ screenshots: 'sites', language: 'en' });

    for (const run of expectations.runs ?? DEFAULT_RUNS) {
      test(`fills ${run.name}: exactly the new records saved, every other record unchanged`, async () => {
        const setup = FILL_SETUPS[run.setup](fixtureSite(expectations.siteId).zone);
        const { final, saved, page, panel, plan } = await fillSite(session, expectations, run, setup);
        const slug = `${expectations.siteId}-${run.setup}${run.mergedSpf ? '-merged-spf' : ''}`;
        await page.screenshot({ path: join(SCREENSHOTS, 'sites', `${slug}.png`), fullPage: true });
        expect(final.state === 'idle' ? undefined : final.progress?.message.en).toMatch(/^Done/);
        const expected = expectedZone(setup, { mergedSpf: run.mergedSpf === true });
        expect(plan.toAdd.map((item) => comparableKey(item.record)).sort()).toEqual(sortedKeys(expected.added));
        expect(sortedKeys(saved)).toEqual(sortedKeys(expected.records));
        // Pre-existing records keep their TTL too (nothing was edited but the chosen SPF).
        const initial = expected.records.slice(0, expected.records.length - expected.added.length);
        for (const record of initial) expect(saved).toContainEqual(expect.objectContaining({ ...record }));
        expectations.checkRows?.((await page.evaluate(() => window.__fixture!.saved())) as Row[], run);
        await Promise.all([page.close(), panel.close()]);
      });
    }
  });
}
