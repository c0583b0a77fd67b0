/**
 * The generic filler on a Lab page without the extension: the fill engine injected as a page
 * script and run as the filler runs it, the user's saves played from Node. For `npm run bench`
 * (fill time beside the page's scripted fill) and for working on one page at a time.
 *
 * The extension's own background (`createFills`) keeps the run, as in the browser: the page's
 * progress goes to it, and when the page loads anew mid-run (a server-rendered panel saves, or
 * opens its add form, with a full page load) it hands the run to a filler injected into the new
 * page, which goes on with the records left.
 */
import type { Page } from 'playwright-core';
import { createFills } from '../../../src/background/fills.js';
import type { FillProgress, FillRunOptions } from '../../../src/fill/types.js';
import type { FillReply } from '../../../src/messages/tab-requests.js';
import type { FillState } from '../../../src/messages/types.js';
import type { Setup } from '../../../src/services/desired.js';
import { fillEngineScript } from '../engine/engine-bundle.js';
import { clickPublish, clickSave, type LabUser } from './lab-users.js';

/** The one tab the driver plays. */
const TAB = 1;
/** Where the page loads the engine from: a file, as the extension's filler is one of its package's. */
const ENGINE_PATH = '/__dsa-fill-engine.js';
const serving = new WeakSet<Page>();

/**
 * Puts the fill engine in the page when it has none (a page loaded anew has none): what the
 * background's injection does before it asks the page. Like the extension's filler (a minified
 * file of its package, compiled once by the browser), the engine is a minified script the page
 * loads from a file (served to this page only), not 400 KB of inline text parsed anew on every
 * page a run loads. The popup's "Show what would be filled in" injects it before the fill
 * starts, so the bench does it before its clock starts.
 */
export async function injectFillEngine(page: Page): Promise<void> {
  if (!serving.has(page)) {
    serving.add(page);
    const body = await fillEngineScript(true);
    await page.route(`**${ENGINE_PATH}`, (route) => route.fulfill({ body, contentType: 'text/javascript', headers: { 'cache-control': 'max-age=3600' } }));
  }
  if (!(await page.evaluate(() => 'runOnPage' in (window.__fillEngine ?? {})))) await page.addScriptTag({ url: ENGINE_PATH });
}

/** The content script's `fill-run` on the page as it is now (the engine injected first when absent). */
async function askPage(page: Page, setup: Setup, options: FillRunOptions): Promise<FillReply> {
  await injectFillEngine(page);
  return page.evaluate(([s, o]) => window.__fillEngine.runOnPage(s, o), [setup, options] as const);
}

/** Runs the generic fill of `setup` on the open Lab page; the last progress (phase `done` when it all went through). */
export async function driveLabPage(page: Page, setup: Setup, user: LabUser, timeoutMs = 120_000): Promise<FillProgress | undefined> {
  let state = { state: 'idle' } as FillState;
  const fills = createFills({
    ask: (_tab, _type, request) => askPage(page, request.setup, request.options),
    onState: (_tab, next) => {
      state = next;
    },
    recheck: () => undefined,
    tabOrigin: async () => new URL(page.url()).origin,
  });
  await page.exposeBinding('__fillReport', (_source, progress: FillProgress) => fills.progress(TAB, progress));
  // What the browser tells the background when the tab finished loading a page (tabs.onUpdated "complete").
  const loaded = () => void fills.pageLoaded(TAB, new URL(page.url()).origin);
  page.on('load', loaded);
  try {
    await fills.run(TAB, setup, {});
    const handled = new Set<string>();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const progress = state.state === 'idle' ? undefined : state.progress;
      if (process.env.FILL_DEBUG && progress) console.log(progress.phase, progress.index, progress.message.en.slice(0, 160));
      if (state.state !== 'running' || Date.now() > deadline) return progress;
      const key = progress ? `${progress.index}:${progress.message.en.slice(0, 40)}` : '';
      if (progress?.phase === 'awaiting-save' && !handled.has(key)) {
        handled.add(key);
        if (user.publish && /publish/i.test(progress.message.en)) await clickPublish(page, user);
        else await clickSave(page, user);
      }
      await page.waitForTimeout(20);
    }
  } finally {
    page.off('load', loaded);
  }
}
