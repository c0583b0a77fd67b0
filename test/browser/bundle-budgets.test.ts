/**
 * The bundle budgets of issues 10, 12 and 15, read from the shipped Chrome build (`npm test`
 * builds it first): the popup's JS up to its setup form ≤ 30 KB gzip, the manifest's content
 * script ≤ 15 KB gzip. Sizes, not times: exact on any machine. `npm run bench` prints the same
 * readings beside the on-demand scripts (page reader, filler), which have no budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KB, manifestContentScripts, popupToSetupForm, requireBuild, sumGzip } from '../support/bundle-sizes.js';

const DIST = 'dist/chrome';

describe('bundle budgets (dist/chrome, gzip -9)', () => {
  test('the popup runs at most 30 KB of JS up to its setup form', () => {
    requireBuild(DIST);
    const files = popupToSetupForm(DIST);
    expect(sumGzip(files) / KB).toBeLessThanOrEqual(30);
  });

  test('the popup does not fetch the UTS #46 table (tr46, ~60 KB) up to its setup form', () => {
    requireBuild(DIST);
    // It loads only for a name that needs it (src/records/names/uts46.ts, src/popup/names-table.ts).
    // tr46's toASCII is known by its options' defaults (`checkJoiners = false`), whatever the chunk's name.
    const holdsTr46 = (file: string) => /checkJoiners:\w+=!1/.test(readFileSync(file, 'utf8'));
    expect([...popupToSetupForm(DIST)].filter(holdsTr46)).toEqual([]);
    expect(readdirSync(join(DIST, 'assets')).some((file) => holdsTr46(join(DIST, 'assets', file)))).toBe(true);
  });

  test('the content script on registrar pages is at most 15 KB', () => {
    requireBuild(DIST);
    const scripts = manifestContentScripts(DIST);
    expect(scripts.length).toBeGreaterThan(0);
    expect(sumGzip(scripts) / KB).toBeLessThanOrEqual(15);
  });
});
