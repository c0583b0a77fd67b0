/**
 * The generic filler on every Lab page beside the page's scripted Playwright fill (its
 * `scripted-fill.ts`, what a test engineer writes for that page), same records (the on-premises
 * set), same user clicks on the page's save: filler time ÷ scripted time per page (target ≤ 1.5×).
 * The filler runs as the extension runs it (the fill engine injected into the page, before the clock
 * starts as the popup's "Show what would be filled in" does; the background handing the run on to
 * a filler injected anew after a full page load, timed), with no adapter.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { listLabSites, type FixtureSite } from '../test/fixtures/sites/kit/fixture-sites.js';
import type { ScriptedFill } from '../test/fixtures/lab/kit/scripted-fill.js';
import { launchLabBrowser, type LabBrowser } from '../test/browser/lab/lab-browser.js';
import { fillEngineScript } from '../test/browser/engine/engine-bundle.js';
import { driveLabPage, injectFillEngine } from '../test/browser/lab/lab-driver.js';
import { LAB_USERS } from '../test/browser/lab/lab-users.js';
import { expectedZone, FILL_SETUPS } from '../test/browser/sites/helpers-expected.js';
import type { LoopbackDns } from '../test/support/dns/loopback-dns.js';

/** LAB_ONLY=ods,shoelace measures those pages only (while working on one). */
const ONLY = process.env.LAB_ONLY?.split(',');

async function onFreshPage<T>(lab: LabBrowser, site: FixtureSite, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await lab.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__fixture !== undefined);
    return await work(page);
  } finally {
    await context.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<{ ms: number; result: unknown }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** One line per Lab page: scripted ms, filler ms, ratio, and how the filler's run ended. */
export async function benchLabFill(tls: Pick<LoopbackDns, 'certPath' | 'keyPath'>): Promise<string[]> {
  await fillEngineScript(true); // built before anything is timed
  const lab = await launchLabBrowser(tls);
  const lines = ['Lab pages, on-premises set: scripted Playwright fill vs the generic filler (target ≤ 1.5×)'];
  try {
    for (const site of listLabSites().filter((lab) => !ONLY || ONLY.includes(lab.id))) {
      const setup = FILL_SETUPS.onprem(site.zone);
      const { scriptedFill } = (await import(pathToFileURL(join(site.dir, 'scripted-fill.ts')).href)) as { scriptedFill: ScriptedFill };
      const scripted = await onFreshPage(lab, site, (page) => timed(() => scriptedFill.fill(page, expectedZone(setup).added)));
      // A page that loads anew mid-run (a server-rendered form) gets the run handed on, as the background does.
      // The engine is in the page before the clock starts, as the popup's plan step put it there.
      const filler = await onFreshPage(lab, site, async (page) => {
        await injectFillEngine(page);
        return timed(() => driveLabPage(page, setup, LAB_USERS[site.id]!, 120_000));
      });
      const last = filler.result as { phase?: string } | undefined;
      const ratio = last?.phase === 'done' ? `${(filler.ms / scripted.ms).toFixed(2)}×` : `— (${last?.phase ?? 'no run'})`;
      lines.push(`  ${site.id.padEnd(18)} scripted ${Math.round(scripted.ms).toString().padStart(6)} ms   filler ${Math.round(filler.ms).toString().padStart(6)} ms   ${ratio}`);
    }
  } finally {
    await lab.close();
  }
  return lines;
}
