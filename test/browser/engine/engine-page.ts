import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { requireBinary } from '../../support/require-binary.js';
import { fillEngineScript } from './engine-bundle.js';
import type { FillEngine } from './engine-entry.js';

declare global {
  interface Window {
    /** The fill engine bundle (engine-entry.ts), installed by openFillEnginePage. */
    __fillEngine: FillEngine;
  }
}

/**
 * A blank page in headless Chromium with the fill engine loaded, for the in-Chromium unit tests:
 * real DOM events and setters, no extension. Call from beforeAll (allow 60 s: the first call
 * bundles the engine) and `close` from afterAll.
 */
export async function openFillEnginePage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({ executablePath: requireBinary('chromium', 'chromium'), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setContent('<body></body>');
  await page.addScriptTag({ content: await fillEngineScript() });
  return { page, close: () => browser.close() };
}

/**
 * The fill engine's page for the tests of a file: opened before them (then `setup` runs on it),
 * closed after. The page is there once the tests run (reading it earlier throws).
 */
export function useFillEnginePage(setup?: (page: Page) => Promise<unknown>): Page {
  let opened: Awaited<ReturnType<typeof openFillEnginePage>> | undefined;
  beforeAll(async () => {
    opened = await openFillEnginePage();
    await setup?.(opened.page);
  }, 60_000);
  afterAll(() => opened?.close());
  return new Proxy({} as Page, {
    get(_target, key) {
      if (!opened) throw new Error('The fill engine page opens in beforeAll: use it inside a test or a hook.');
      const value = opened.page[key as keyof Page];
      return typeof value === 'function' ? value.bind(opened.page) : value;
    },
  });
}
