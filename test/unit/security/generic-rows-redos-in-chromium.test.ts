/**
 * The generic filler reads the zone table of whatever page the user opened it on: a TXT cell is
 * page text of any length, and unquoting it must stay linear. In real Chromium, on the fill engine.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useFillEnginePage } from '../../browser/engine/engine-page.js';
import { HOSTILE_INPUT_CPU_MS } from '../../support/cpu-time.js';

const page = useFillEnginePage();

/** A one-row zone table whose TXT cell holds `value`. */
function showTxt(value: string): Promise<void> {
  return page.evaluate((cell) => {
    document.body.innerHTML = '<table><thead><tr><th>Type</th><th>Host</th><th>Value</th></tr></thead><tbody><tr><td>TXT</td><td>@</td><td></td></tr></tbody></table>';
    document.querySelector('tbody td:last-child')!.textContent = cell;
  }, value);
}

/** The TXT values the generic filler reads from the table. */
const readTxt = (): Promise<string[]> => page.evaluate(() => window.__fillEngine.readGenericRows(document, 'example.com').map((record) => record.value));

/**
 * Milliseconds of the page's main-thread CPU that `work` took (DevTools' ThreadTime): unlike
 * the clock, it does not grow while a busy machine runs other jobs.
 */
async function mainThreadCpuMs(target: Page, work: () => Promise<unknown>): Promise<number> {
  const devtools = await target.context().newCDPSession(target.mainFrame());
  try {
    await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () => (await devtools.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')!.value;
    const before = await threadTime();
    await work();
    return (await threadTime() - before) * 1000;
  } finally {
    await devtools.detach();
  }
}

describe('TXT cells of a zone table on an unknown page', () => {
  test('100 KB of escaped quotes without a closing one is read in linear time', async () => {
    await showTxt('\\"'.repeat(50_000));
    const cpu = await mainThreadCpuMs(page, readTxt);
    expect(cpu, 'main-thread CPU time long enough to be a hang').toBeLessThan(HOSTILE_INPUT_CPU_MS);
  });

  test.each([
    ['"v=spf1 -all"', 'v=spf1 -all'],
    ['"part one " "part two"', 'part one part two'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['v=DMARC1; p=none', 'v=DMARC1; p=none'],
  ])('%s still reads as %s', async (cell, value) => {
    await showTxt(cell);
    expect(await readTxt()).toEqual([value]);
  });
});
