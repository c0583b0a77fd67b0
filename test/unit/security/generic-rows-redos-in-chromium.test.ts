/**
 * The generic filler reads the zone table of whatever page the user opened it on: a TXT cell is
 * page text of any length, and unquoting it must stay linear. In real Chromium, on the fill engine.
 */
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from '../../browser/engine/engine-page.js';

const page = useFillEnginePage();

/** The TXT values the generic filler reads from a one-row zone table, and how long it took. */
function readTxt(value: string): Promise<{ values: string[]; ms: number }> {
  return page.evaluate((cell) => {
    document.body.innerHTML = '<table><thead><tr><th>Type</th><th>Host</th><th>Value</th></tr></thead><tbody><tr><td>TXT</td><td>@</td><td></td></tr></tbody></table>';
    document.querySelector('tbody td:last-child')!.textContent = cell;
    const start = performance.now();
    const records = window.__fillEngine.readGenericRows(document, 'example.com');
    return { values: records.map((record) => record.value), ms: performance.now() - start };
  }, value);
}

describe('TXT cells of a zone table on an unknown page', () => {
  test('100 KB of escaped quotes without a closing one is read in well under a second', async () => {
    const { ms } = await readTxt('\\"'.repeat(50_000));
    expect(ms).toBeLessThan(500);
  });

  test.each([
    ['"v=spf1 -all"', 'v=spf1 -all'],
    ['"part one " "part two"', 'part one part two'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['v=DMARC1; p=none', 'v=DMARC1; p=none'],
  ])('%s still reads as %s', async (cell, value) => {
    expect((await readTxt(cell)).values).toEqual([value]);
  });
});
