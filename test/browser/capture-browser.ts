/**
 * A plain Chromium (no extension) whose requests to the fixture sites' real host names are
 * answered from the built fixtures by request interception: no certificate, no port, no network.
 * The capture readers and the highlight are bundled and injected into each page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BUILT_SITES_DIR, fixtureSite } from '../fixtures/sites/kit/fixture-sites.js';
import { QUIET_CHROMIUM_ARGS } from '../support/chromium-args.js';
import { requireBinary } from '../support/require-binary.js';
import { pageScript } from './engine/engine-bundle.js';
import { afterAll, beforeAll } from 'vitest';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface ReaderBrowser {
  browser: Browser;
  context: BrowserContext;
  open(siteId: string, path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchReaderBrowser(siteIds: readonly string[]): Promise<ReaderBrowser> {
  for (const id of siteIds) {
    if (existsSync(join(BUILT_SITES_DIR, id, 'index.html'))) continue;
    const built = spawnSync('npx', ['tsx', 'scripts/build-fixtures.ts', '--only', id], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`Building fixture ${id} failed: run npm run build:fixtures and read its errors.`);
  }
  const script = await pageScript(new URL('./capture-page-entry.ts', import.meta.url), 'dsaCapture');
  const browser = await chromium.launch({
    executablePath: requireBinary('chromium', 'chromium'),
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // Registered first so it runs last (Playwright runs routes newest first): nothing leaves the machine.
  await context.route('**/*', (route) => route.abort());
  for (const id of siteIds) {
    const root = join(BUILT_SITES_DIR, id);
    for (const host of fixtureSite(id).hosts) {
      await context.route(`https://${host}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = extname(path) !== '' && existsSync(join(root, path)) ? join(root, path) : join(root, 'index.html');
        await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      });
    }
  }
  return {
    browser,
    context,
    async open(siteId, path) {
      const page = await context.newPage();
      await page.goto(`https://${fixtureSite(siteId).hosts[0]}${path}`);
      await page.addScriptTag({ content: script });
      return page;
    },
    close: () => browser.close(),
  };
}

/** The reader browser for the tests of a file: launched before them, closed after (reading it earlier throws). */
export function useReaderBrowser(siteIds: readonly string[]): ReaderBrowser {
  let browser: ReaderBrowser | undefined;
  beforeAll(async () => {
    browser = await launchReaderBrowser(siteIds);
  }, 120_000);
  afterAll(async () => browser?.close());
  return new Proxy({} as ReaderBrowser, {
    get(_target, key) {
      if (!browser) throw new Error('The reader browser starts in beforeAll: use it inside a test or a hook.');
      return browser[key as keyof ReaderBrowser];
    },
  });
}
