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

/** Every script an HTML page of the build loads (vite lists its chunks as module scripts). */
function scriptsOf(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => join(dist, match[1]!.replace(/^\//, '')));
}

export function measureSizes(dist = 'dist/chrome'): BenchLine[] {
  const popup = scriptsOf(dist, 'src/popup/popup.html').reduce((sum, file) => sum + gzipBytes(file), 0);
  const content = gzipBytes(join(dist, 'src/content/page-reader.js'));
  return [
    { name: 'popup JS (gzip)', value: +(popup / KB).toFixed(1), unit: 'KB', target: '≤ 30 KB' },
    { name: 'content script (gzip)', value: +(content / KB).toFixed(1), unit: 'KB', target: '≤ 15 KB' },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Popup first render (its <h1> in the DOM) against a blank extension page's <h1>, median of `runs`. */
export async function measureRender(dist = 'dist/chrome', runs = 9): Promise<BenchLine[]> {
  // A copy of the build with one blank page added: the baseline never ships.
  const copy = mkdtempSync(join(tmpdir(), 'dsa-bench-ext-'));
  cpSync(resolve(dist), copy, { recursive: true });
  writeFileSync(join(copy, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><h1>blank</h1></body></html>');
  const profile = mkdtempSync(join(tmpdir(), 'dsa-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireBinary('chromium', 'chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${copy}`, `--load-extension=${copy}`],
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
        if (!seen()) new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
      })();
    `);
    const timeOf = async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      // Polled from here: waitForFunction compiles code in the page, which the extension CSP forbids.
      let at: number | undefined;
      for (let tries = 0; at === undefined && tries < 500; tries++) {
        at = await page.evaluate(() => (window as unknown as { __h1At?: number }).__h1At);
        if (at === undefined) await page.waitForTimeout(10);
      }
      if (at === undefined) throw new Error(`${path} never rendered its <h1>: ${await page.evaluate(() => document.documentElement.outerHTML.slice(0, 300))}`);
      await page.close();
      return at;
    };
    await timeOf('blank.html'); // warm-up: the first page of a profile pays for process start
    await timeOf('src/popup/popup.html');
    const blank: number[] = [];
    const popup: number[] = [];
    for (let i = 0; i < runs; i++) {
      blank.push(await timeOf('blank.html'));
      popup.push(await timeOf('src/popup/popup.html'));
    }
    return [
      { name: 'blank extension page first render', value: +median(blank).toFixed(1), unit: 'ms', target: '(baseline)' },
      { name: 'popup first render', value: +median(popup).toFixed(1), unit: 'ms', target: '' },
      { name: 'popup ÷ blank render time', value: +(median(popup) / median(blank)).toFixed(2), unit: '×', target: '≤ 1.5×' },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function runExtensionBench(dist = 'dist/chrome'): Promise<BenchLine[]> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build:ext\` first.`);
  return [...measureSizes(dist), ...(await measureRender(dist))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runExtensionBench()) console.log(`${line.name.padEnd(36)} ${String(line.value).padStart(8)} ${line.unit.padEnd(3)} ${line.target}`);
}
