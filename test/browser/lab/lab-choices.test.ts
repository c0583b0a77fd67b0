/**
 * A choice the generic driver makes in a real library's popup list is closed before the driver
 * goes on, on a busy machine too. Base UI (Cloudflare's Kumo Lab page) answers a press on its
 * Select twice: it opens at once on the click, and again on the page's next frame; on a busy
 * machine that frame came after the option was chosen, the list opened again, and its modal
 * layer took the user's click on Save (CI). Here every frame of the page comes late (its
 * requestAnimationFrame callbacks run 300 ms after the frame), as they do under load.
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

/** The Kumo page with its add form open, frames late, the fill engine loaded. */
async function kumoWithLateFrames(): Promise<Page> {
  const site = listLabSites().find((lab) => lab.id === 'kumo')!;
  const page = await (await lab.newContext()).newPage();
  await page.addInitScript(() => {
    const draw = window.requestAnimationFrame.bind(window);
    // In order, like frames: each callback runs on the first frame 300 ms after it was asked for.
    window.requestAnimationFrame = (callback) => window.setTimeout(() => draw(callback), 300);
  });
  await page.goto(`https://${site.hosts[0]}${site.startPath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixture !== undefined);
  await page.addScriptTag({ content: await fillEngineScript() });
  await page.getByRole('button', { name: 'Add record', exact: true }).click();
  await page.getByRole('combobox', { name: 'TTL' }).waitFor();
  return page;
}

test('a Base UI Select chosen by the driver stays closed on the option chosen, its modal layer gone', async () => {
  const page = await kumoWithLateFrames();
  try {
    const chosen = await page.evaluate(async () => {
      const engine = window.__fillEngine;
      const form = engine.findOpenForm(document)!;
      const type = await engine.chooseRecordType(form.type, 'MX');
      const ttl = engine.formFields(form.scope, form.type, () => false).ttl!.element;
      return { type, ttl: await engine.chooseOption(ttl, (texts) => texts.indexOf('1 hr')) };
    });
    expect(chosen).toEqual({ type: true, ttl: '1 hr' });
    // Two late frames more: whatever the page asked for after the choice has run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('[role=combobox][aria-expanded=true], [data-base-ui-inert]').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'TTL' }).textContent()).toMatch(/1 hr/);
    expect(await page.getByRole('combobox', { name: 'Type' }).textContent()).toMatch(/MX/);
    // The user's click on Save reaches the button (nothing lies over it).
    await page.getByRole('button', { name: 'Save', exact: true }).click({ trial: true, timeout: 10_000 });
  } finally {
    await page.context().close();
  }
}, 120_000);
