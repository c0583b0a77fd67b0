/**
 * The generic filler on a Lab page without the extension: the fill engine injected as a page
 * script and run as the filler runs it, the user's saves played from Node. For `npm run bench`
 * (fill time beside the page's scripted fill) and for working on one page at a time.
 */
import type { Page } from 'playwright-core';
import type { FillProgress } from '../../../src/fill/types.js';
import type { Setup } from '../../../src/services/desired.js';
import { fillEngineScript } from '../engine/engine-bundle.js';
import { clickPublish, clickSave, type LabUser } from './lab-users.js';

/** Runs the generic fill of `setup` on the open Lab page; the last progress (phase `done` when it all went through). */
export async function driveLabPage(page: Page, setup: Setup, user: LabUser, timeoutMs = 120_000): Promise<FillProgress | undefined> {
  await page.addScriptTag({ content: await fillEngineScript() });
  const refused = await page.evaluate((s) => window.__fillEngine.runOnPage(s), setup);
  if (refused) throw new Error(`The filler refused the page: ${refused}`);
  const handled = new Set<string>();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = (await page.evaluate(() => (window as unknown as { __fillProgress: FillProgress[] }).__fillProgress)) ?? [];
    const last = log[log.length - 1];
    if (process.env.FILL_DEBUG && last) console.log(last.phase, last.index, last.message.en.slice(0, 160));
    if (!last || last.phase === 'filling' || last.phase === 'saved' || last.phase === 'awaiting-save') {
      if (Date.now() > deadline) return last;
      const key = last ? `${last.index}:${last.message.en.slice(0, 40)}` : '';
      if (last?.phase === 'awaiting-save' && !handled.has(key)) {
        handled.add(key);
        if (user.publish && /publish/i.test(last.message.en)) await clickPublish(page, user);
        else await clickSave(page, user);
      }
      await page.waitForTimeout(20);
      continue;
    }
    return last;
  }
}
