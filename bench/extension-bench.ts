/// <reference types="chrome" />
/**
 * Extension measurements (printed, not asserted): popup JS gzip size (target ≤ 30 KB), content
 * script gzip size (≤ 15 KB), and the popup's first render time ÷ a blank extension page's (≤ 1.5×)
 * in headless Chromium. Run alone with `npx tsx bench/extension-bench.ts` after `npm run build:ext`,
 * or call runExtensionBench() from bench/run.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { extensionArgs } from '../test/support/chromium-args.js';
import { requireBinary } from '../test/support/require-binary.js';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  target: string;
}

const KB = 1024;

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Every script an HTML page of the build loads at once (vite lists its chunks as module scripts). */
function scriptsOf(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => join(dist, match[1]!.replace(/^\//, '')));
}

const sumGzip = (files: Iterable<string>): number => [...new Set(files)].reduce((sum, file) => sum + gzipBytes(file), 0);

/**
 * Sizes from the build alone. The popup line counts what its HTML loads at once (the shell's
 * chunk); the JS the full first render needs (the UI's chunk loaded right after) is measured
 * in the browser, see measureRender.
 */
export function measureSizes(dist = 'dist/chrome'): BenchLine[] {
  const popup = sumGzip(scriptsOf(dist, 'src/popup/popup.html'));
  const content = gzipBytes(join(dist, 'src/content/page-reader.js'));
  return [
    { name: 'popup JS in popup.html (gzip)', value: +(popup / KB).toFixed(1), unit: 'KB', target: '(shell chunk)' },
    { name: 'content script (gzip)', value: +(content / KB).toFixed(1), unit: 'KB', target: '≤ 15 KB' },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Popup first render (its <h1> in the DOM: the loading shell) against a blank extension page's
 * <h1>, median of `runs`; also the full first render (the setup form's domain field, after the
 * background answered) and the JS the page fetched up to then — every script, lazy chunks
 * included, so splitting code cannot hide bytes from this number.
 */
export async function measureRender(dist = 'dist/chrome', runs = 15): Promise<BenchLine[]> {
  // A copy of the build with one blank page added: the baseline never ships.
  const copy = mkdtempSync(join(tmpdir(), 'dsa-bench-ext-'));
  cpSync(resolve(dist), copy, { recursive: true });
  writeFileSync(join(copy, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><h1>blank</h1></body></html>');
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
        // The full render: the setup form is there; which scripts were fetched by then.
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
    type Timing = { h1: number; full?: number; scripts: string[] };
    const timeOf = async (path: string, waitFull = false): Promise<Timing> => {
      const page = await context.newPage();
      // Extension pages keep no resource timing: the requests are watched from here, with their start time.
      const requested: { url: string; at: number }[] = [];
      page.on('request', (request) => requested.push({ url: request.url(), at: Date.now() }));
      await page.goto(`chrome-extension://${id}/${path}`);
      // Polled from here: waitForFunction compiles code in the page, which the extension CSP forbids.
      const read = () => page.evaluate(() => {
        const w = window as unknown as { __h1At?: number; __fullAt?: number; __fullEpoch?: number };
        return { h1: w.__h1At, full: w.__fullAt, fullEpoch: w.__fullEpoch };
      });
      let seen = await read();
      for (let tries = 0; (seen.h1 === undefined || (waitFull && seen.full === undefined)) && tries < 500; tries++) {
        await page.waitForTimeout(10);
        seen = await read();
      }
      if (seen.h1 === undefined || (waitFull && seen.full === undefined)) throw new Error(`${path} never rendered its <h1> or form: ${await page.evaluate(() => document.documentElement.outerHTML.slice(0, 300))}`);
      await page.close();
      const until = seen.fullEpoch ?? Number.POSITIVE_INFINITY;
      const scripts = requested.filter((entry) => entry.url.endsWith('.js') && entry.at <= until).map((entry) => entry.url);
      return { h1: seen.h1, ...(seen.full !== undefined && { full: seen.full }), scripts };
    };
    await timeOf('blank.html'); // warm-up: the first page of a profile pays for process start
    await timeOf('src/popup/popup.html', true);
    const blank: number[] = [];
    const popup: number[] = [];
    const full: number[] = [];
    // A union over the runs: a request is seen here a little after the page made it, so on a
    // busy machine a script fetched just before the form can look later than it; this error only
    // ever drops scripts, never adds one fetched after the render.
    const scripts = new Set<string>();
    for (let i = 0; i < runs; i++) {
      blank.push((await timeOf('blank.html')).h1);
      const timing = await timeOf('src/popup/popup.html', true);
      popup.push(timing.h1);
      full.push(timing.full!);
      for (const script of timing.scripts) scripts.add(script);
    }
    const fetchedJs = sumGzip([...scripts].map((url) => join(dist, new URL(url).pathname)));
    return [
      { name: 'blank extension page first render', value: +median(blank).toFixed(1), unit: 'ms', target: '(baseline)' },
      { name: 'popup first render', value: +median(popup).toFixed(1), unit: 'ms', target: '' },
      { name: 'popup ÷ blank render time', value: +(median(popup) / median(blank)).toFixed(2), unit: '×', target: '≤ 1.5×' },
      { name: 'popup full render (setup form)', value: +median(full).toFixed(1), unit: 'ms', target: '(after the background answered)' },
      { name: 'popup full ÷ blank render time', value: +(median(full) / median(blank)).toFixed(2), unit: '×', target: '(informative)' },
      { name: 'popup JS to full render (gzip)', value: +(fetchedJs / KB).toFixed(1), unit: 'KB', target: '≤ 30 KB' },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function runExtensionBench(dist = 'dist/chrome', runs?: number): Promise<BenchLine[]> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build:ext\` first.`);
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
  for (const line of await runExtensionBench(argument('--dist'), runs === undefined ? undefined : Number(runs))) console.log(`${line.name.padEnd(36)} ${String(line.value).padStart(8)} ${line.unit.padEnd(3)} ${line.target}`);
}
