/**
 * Waiting for the page's answer, in real Chromium: a wait that watches the page sees the change
 * when it happens (a list that opens, a row that shows after the user's save), not at its next
 * polling tick; and on a page that never stops changing, its probes (the whole listing, for a
 * save) stay a fifth of the interval (at most 50 ms) apart instead of running on every change.
 */
import { expect, test } from 'vitest';
import { useFillEnginePage } from './engine-page.js';

const page = useFillEnginePage();

test('a watched wait sees the row the page adds at once, long before its next tick', async () => {
  const found = await page.evaluate(async () => {
    document.body.innerHTML = '<table><tbody></tbody></table>';
    setTimeout(() => document.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>mail</td><td>MX</td></tr>'), 20);
    // A tick of a minute: without watching, the row would be seen only after it (past this test's timeout).
    return window.__fillEngine.waitFor(() => document.querySelector('tr')?.textContent, 120_000, 60_000, document);
  });
  expect(found).toBe('mailMX');
}, 30_000);

test('on a page that changes all the time, the probes stay a fifth of the interval apart (at most 50 ms)', async () => {
  const gaps = await page.evaluate(async () => {
    document.body.innerHTML = '<div id="spinner"></div>';
    const spinner = document.getElementById('spinner')!;
    const ticking = setInterval(() => spinner.setAttribute('data-angle', String(performance.now())), 1);
    const probes: number[] = [];
    await window.__fillEngine.waitFor(() => probes.push(performance.now()) >= 6, 60_000, 100, document);
    clearInterval(ticking);
    return probes.slice(1).map((time, i) => time - probes[i]!);
  });
  expect(gaps).toHaveLength(5);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(20);
});
