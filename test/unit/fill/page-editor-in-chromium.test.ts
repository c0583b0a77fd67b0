/**
 * The content script's page editor, in real Chromium: the setup's zone reaches the generic filler
 * (a host field asking for full names is filled with full names), and the page's zone is compared
 * with the setup's in model form (an IDN the site shows in Unicode is the same zone).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editsOtherZone } from '../../../src/content/page-editor.js';
import { requireBinary } from '../../support/require-binary.js';
import { fillEngineScript } from './engine-bundle.js';
import type { FillEngine } from './engine-entry.js';

declare global {
  interface Window {
    __fillEngine: FillEngine;
  }
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: requireBinary('chromium', 'chromium'), args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setContent('<body></body>');
  await page.addScriptTag({ content: await fillEngineScript() });
}, 60_000);
afterAll(() => browser?.close());

describe('the generic filler gets the setup zone', () => {
  test('a host field whose hint is a full name of the zone takes full names', async () => {
    await page.evaluate(() => {
      document.body.innerHTML = `<label for="t">Record type</label><select id="t"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select>
        <label for="h">Host name</label><input id="h" placeholder="e.g. www.example.com"><label for="v">Value</label><input id="v">`;
    });
    const conventions = await page.evaluate(() => {
      const url = new URL('https://panel.unknown-host.test/zone');
      return [window.__fillEngine.pageEditor(url, document, 'example.com')?.editor.conventions.host, window.__fillEngine.pageEditor(url, document)?.editor.conventions.host];
    });
    expect(conventions).toEqual(['fqdn', 'relative']);
  });
});

describe('the page zone against the setup zone', () => {
  test('an IDN shown in Unicode, capitals or a final dot is the same zone; another zone is not', () => {
    expect(editsOtherZone('Bücher.example', 'xn--bcher-kva.example')).toBe(false);
    expect(editsOtherZone('EXAMPLE.com.', 'example.com')).toBe(false);
    expect(editsOtherZone('bücher.example', 'example.com')).toBe(true);
  });
});
