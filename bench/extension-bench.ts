/// <reference types="chrome" />
/**
 * Extension measurements (printed, not asserted): popup JS gzip size (target ≤ 30 KB), content
 * script gzip size (≤ 15 KB), and the popup's first render time ÷ a blank extension page's (≤ 1.5×)
 * in headless Chromium, the render being the first contentful paint (see measureRender). Run alone with `npx tsx bench/extension-bench.ts` after `npm run build:ext`,
 * or call runExtensionBench() from bench/run.ts.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionArgs } from '../test/support/chromium-args.js';
import { requireBinary } from '../test/support/require-binary.js';
import { gzipBytes, KB, manifestContentScripts, popupToSetupForm, requireBuild, sumGzip } from '../test/support/bundle-sizes.js';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  target: string;
}

/**
 * Sizes from the build alone (test/support/bundle-sizes.ts, which the budget test reads too): the
 * popup's JS up to its setup form, the manifest's content script, and the scripts the background
 * injects on demand (the page reader on an unknown page, the filler when the user fills),
 * reported apart. The browser's own count of the JS fetched to the full render is in measureRender.
 */
export function measureSizes(dist = 'dist/chrome'): BenchLine[] {
  const kb = (bytes: number) => +(bytes / KB).toFixed(1);
  const popup = sumGzip(popupToSetupForm(dist));
  const content = sumGzip(manifestContentScripts(dist));
  return [
    { name: 'popup JS to the setup form (gzip, build)', value: kb(popup), unit: 'KB', target: `≤ 30 KB (${(popup / (30 * KB)).toFixed(2)}× the budget)` },
    { name: 'content script (gzip)', value: kb(content), unit: 'KB', target: `≤ 15 KB (${(content / (15 * KB)).toFixed(2)}× the budget)` },
    { name: 'page reader injected on demand (gzip)', value: kb(gzipBytes(join(dist, 'src/content/page-reader.js'))), unit: 'KB', target: '(reported apart)' },
    { name: 'filler injected on demand (gzip)', value: kb(gzipBytes(join(dist, 'src/content/filler.js'))), unit: 'KB', target: '(reported apart)' },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The pages the popup is measured against, added to a copy of the build (they never ship). */
const BASELINE_PAGES: Record<string, string> = {
  // Nothing to run: the browser's own cost of opening an extension page and painting a heading.
  'blank.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><h1>blank</h1></body></html>',
  // The least any script-rendered page pays: one module script of one line painting the heading.
  'one-script.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>one script</title><script type="module" src="/one-script.js"></script></head><body></body></html>',
  'one-script.js': 'const h1 = document.createElement("h1"); h1.textContent = "one script"; document.body.append(h1);',
};

/**
 * Render times, median of `runs` rounds; each round opens the blank page, the one-script page and
 * the popup one after the other, so a busy moment of the machine weighs on all three alike.
 * - first render = first contentful paint (the browser's paint timing): the moment the user sees
 *   the popup's loading shell. `<h1> in the DOM` is printed too: it comes before the paint, and
 *   even the one-script page pays about 1.5× there, the cost of fetching and running any script.
 * - full render = the setup form's domain field in the DOM, after the background answered; with
 *   the JS fetched up to then — every script, lazy chunks included, so splitting code cannot hide
 *   bytes from this number.
 */
export async function measureRender(dist = 'dist/chrome', runs = 21): Promise<BenchLine[]> {
  const copy = mkdtempSync(join(tmpdir(), 'dsa-bench-ext-'));
  cpSync(resolve(dist), copy, { recursive: true });
  for (const [file, text] of Object.entries(BASELINE_PAGES)) writeFileSync(join(copy, file), text);
  const profile = mkdtempSync(join(tmpdir(), 'dsa-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireBinary('chromium', 'chromium'),
    headless: true,
    args: extensionArgs(copy),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await context.addInitScript(`
      (() => {
        const seen = () => {
          if (!document.querySelector('h1')) return false;
          window.__h1At = performance.now();
          return true;
        };
        const full = () => {
          if (!document.getElementById('domain')) return false;
          window.__fullAt = performance.now();
          window.__fullEpoch = performance.timeOrigin + window.__fullAt;
          return true;
        };
        if (!seen()) new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
        if (!full()) new MutationObserver((_, observer) => full() && observer.disconnect()).observe(document, { childList: true, subtree: true });
      })();
    `);
    type Timing = { paint: number; h1: number; full?: number; scripts: string[] };
    const timeOf = async (path: string, waitFull = false): Promise<Timing> => {
      const page = await context.newPage();
      // Extension pages keep no resource timing: the requests are watched from here, with their start time.
      const requested: { url: string; at: number }[] = [];
      page.on('request', (request) => requested.push({ url: request.url(), at: Date.now() }));
      await page.goto(`chrome-extension://${id}/${path}`);
      // Polled from here: waitForFunction compiles code in the page, which the extension CSP forbids.
      const read = () => page.evaluate(() => {
        const w = window as unknown as { __h1At?: number; __fullAt?: number; __fullEpoch?: number };
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return { paint, h1: w.__h1At, full: w.__fullAt, fullEpoch: w.__fullEpoch };
      });
      const done = (seen: Awaited<ReturnType<typeof read>>) => seen.paint !== undefined && seen.h1 !== undefined && (!waitFull || seen.full !== undefined);
      let seen = await read();
      for (let tries = 0; !done(seen) && tries < 500; tries++) {
        await page.waitForTimeout(10);
        seen = await read();
      }
      if (!done(seen)) throw new Error(`${path} never painted its <h1> or form: ${await page.evaluate(() => document.documentElement.outerHTML.slice(0, 300))}`);
      await page.close();
      const until = seen.fullEpoch ?? Number.POSITIVE_INFINITY;
      const scripts = requested.filter((entry) => entry.url.endsWith('.js') && entry.at <= until).map((entry) => entry.url);
      return { paint: seen.paint!, h1: seen.h1!, ...(seen.full !== undefined && { full: seen.full }), scripts };
    };
    const pages = { blank: 'blank.html', oneScript: 'one-script.html', popup: 'src/popup/popup.html' };
    // Warm-up: the first page of a profile pays for process start, the first popup for the worker.
    for (const path of Object.values(pages)) await timeOf(path, path === pages.popup);
    const rounds: Record<keyof typeof pages, Timing>[] = [];
    for (let i = 0; i < runs; i++) {
      rounds.push({ blank: await timeOf(pages.blank), oneScript: await timeOf(pages.oneScript), popup: await timeOf(pages.popup, true) });
    }
    const of = (page: keyof typeof pages, field: 'paint' | 'h1' | 'full') => median(rounds.map((round) => round[page][field]!));
    const ratio = (page: keyof typeof pages, field: 'paint' | 'h1' | 'full') => +(of(page, field) / of('blank', field === 'full' ? 'paint' : field)).toFixed(2);
    // A union over the runs: a request is seen here a little after the page made it, so on a
    // busy machine a script fetched just before the form can look later than it; this error only
    // ever drops scripts, never adds one fetched after the render.
    const scripts = new Set(rounds.flatMap((round) => round.popup.scripts));
    const fetchedJs = sumGzip([...scripts].map((url) => join(dist, new URL(url).pathname)));
    const ms = (value: number) => +value.toFixed(1);
    return [
      { name: 'blank extension page first paint', value: ms(of('blank', 'paint')), unit: 'ms', target: '(baseline)' },
      { name: 'popup first paint', value: ms(of('popup', 'paint')), unit: 'ms', target: '(its loading shell)' },
      { name: 'popup ÷ blank first render (paint)', value: ratio('popup', 'paint'), unit: '×', target: '≤ 1.5×' },
      { name: 'one-script page ÷ blank (paint)', value: ratio('oneScript', 'paint'), unit: '×', target: '(the floor for a script-rendered page)' },
      { name: 'popup ÷ blank, <h1> in the DOM', value: ratio('popup', 'h1'), unit: '×', target: '(informative: before any paint)' },
      { name: 'one-script page ÷ blank, <h1> in DOM', value: ratio('oneScript', 'h1'), unit: '×', target: '(informative: that floor)' },
      { name: 'popup full render (setup form)', value: ms(of('popup', 'full')), unit: 'ms', target: '(after the background answered)' },
      { name: 'popup full render ÷ blank first paint', value: ratio('popup', 'full'), unit: '×', target: '(informative)' },
      { name: 'popup JS to full render (gzip)', value: +(fetchedJs / KB).toFixed(1), unit: 'KB', target: '≤ 30 KB' },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function runExtensionBench(dist = 'dist/chrome', runs?: number): Promise<BenchLine[]> {
  requireBuild(dist);
  return [...measureSizes(dist), ...(await measureRender(dist, runs))];
}

/** `--dist <dir>` benches a copy (another build running meanwhile cannot pull files away); `--runs N`. */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = argument('--runs');
  if (runs !== undefined && !/^[1-9]\d{0,2}$/.test(runs)) throw new Error(`--runs ${runs}: give a whole number of runs from 1 to 999.`);
  for (const line of await runExtensionBench(argument('--dist'), runs === undefined ? undefined : Number(runs))) console.log(`${line.name.padEnd(40)} ${String(line.value).padStart(8)} ${line.unit.padEnd(3)} ${line.target}`);
}
