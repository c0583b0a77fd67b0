/**
 * A choice the generic driver makes in a real library's popup list is closed before the driver
 * goes on, on a busy machine too. Base UI (Cloudflare's Kumo Lab page) answers a press on its
 * Select twice: it opens at once on the click, and again on the page's next frame; on a busy
 * machine that frame came after the option was chosen, the list opened again, and its modal
 * layer took the user's click on Save (CI). Here every frame of the page comes late (its
 * requestAnimationFrame callbacks run 300 ms after the frame), as they do under load; or none
 * comes while the tab is in the background, and those asked for run when it shows again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { fillEngineScript } from '../engine/engine-bundle.js';
import '../engine/engine-page.js';
import { listLabSites } from '../../fixtures/sites/kit/fixture-sites.js';
import { launchLabBrowser, type LabBrowser } from './lab-browser.js';

let lab: LabBrowser;
beforeAll(async () => {
  lab = await launchLabBrowser(inject('dns'));
}, 120_000);
afterAll(() => lab?.close());

/** The Kumo page with its add form open, `frames` set up before the page's own scripts, the fill engine loaded. */
async function kumoWith(frames: () => void): Promise<Page> {
  const site = listLabSites().find((lab) => lab.id === 'kumo')!;
  const page = await (await lab.newContext()).newPage();
  await page.addInitScript(frames);
  await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixture !== undefined);
  await page.addScriptTag({ content: await fillEngineScript() });
  await page.getByRole('button', { name: 'Add record', exact: true }).click();
  await page.getByRole('combobox', { name: 'TTL' }).waitFor();
  return page;
}

function lateFrames(): void {
  const draw = window.requestAnimationFrame.bind(window);
  // In order, like frames: each callback runs on the first frame 300 ms after it was asked for.
  window.requestAnimationFrame = (callback) => window.setTimeout(() => draw(callback), 300);
}

/**
 * A tab in the background (until `window.__show()`): it says it is hidden and draws no frame; the
 * callbacks asked for meanwhile run, in order, on its first frame once it shows, before any asked
 * for on its "visibilitychange".
 */
function backgroundTab(): void {
  let hidden = true;
  const waiting = new Map<number, FrameRequestCallback>();
  let next = 0;
  const draw = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => hidden });
  window.requestAnimationFrame = (callback) => {
    if (!hidden) return draw(callback);
    next -= 1;
    waiting.set(next, callback);
    return next;
  };
  window.cancelAnimationFrame = (id) => (waiting.delete(id) ? undefined : cancel(id));
  (window as unknown as { __show: () => void }).__show = () => {
    hidden = false;
    for (const callback of waiting.values()) draw(callback);
    waiting.clear();
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

/** The driver's choices of type and TTL in the open form. */
const chooseMxAndHour = (page: Page) =>
  page.evaluate(async () => {
    const engine = window.__fillEngine;
    const form = engine.findOpenForm(document)!;
    const type = await engine.chooseRecordType(form.type, 'MX');
    const ttl = engine.formFields(form.scope, form.type, () => false).ttl!.element;
    return { type, ttl: await engine.chooseOption(ttl, (texts) => texts.indexOf('1 hr')) };
  });

/** The form as the user finds it: both choices shown, no list and no modal layer left open, Save clickable. */
async function expectClosedOnChoices(page: Page): Promise<void> {
  // Two frames more: whatever the page asked for after the choice has run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect.poll(() => page.locator('[role=combobox][aria-expanded=true], [data-base-ui-inert]').count()).toBe(0);
  expect(await page.getByRole('combobox', { name: 'TTL' }).textContent()).toMatch(/1 hr/);
  expect(await page.getByRole('combobox', { name: 'Type' }).textContent()).toMatch(/MX/);
  // The user's click on Save reaches the button (nothing lies over it).
  await page.getByRole('button', { name: 'Save', exact: true }).click({ trial: true, timeout: 10_000 });
}

test('a Base UI Select chosen by the driver stays closed on the option chosen, its modal layer gone', async () => {
  const page = await kumoWith(lateFrames);
  try {
    expect(await chooseMxAndHour(page)).toEqual({ type: true, ttl: '1 hr' });
    await expectClosedOnChoices(page);
  } finally {
    await page.context().close();
  }
}, 120_000);

test('in a background tab (no frame drawn): both chosen without a frame, and once the tab shows no list or modal layer lies over the user\'s Save', async () => {
  const page = await kumoWith(backgroundTab);
  try {
    expect(await chooseMxAndHour(page)).toEqual({ type: true, ttl: '1 hr' });
    await page.evaluate(() => (window as unknown as { __show: () => void }).__show());
    await expectClosedOnChoices(page);
  } finally {
    await page.context().close();
  }
}, 120_000);
