import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCREENSHOTS, seriousViolations, useExtensionSession } from '../harness.js';
import { sendFromPanel } from './helpers.js';
import { FILL_SETUPS } from './helpers-expected.js';

// The generic filler's own cases on the unknown panel (its fills run with every site's, fill-every-site-*.test.ts).
describe('the generic filler on a half-filled form', () => {
  const session = useExtensionSession();

  test('refuses to fill, says which field holds what, and changes nothing', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone';
    const page = await session.context.newPage();
    await page.goto(url);
    await page.locator('zone-record-editor').getByLabel('Host name').fill('webmail');
    const before = await page.evaluate(() => window.__fixture!.saved());
    const panel = await session.openExtensionPage('src/popup/sidepanel.html');
    const tabId = await session.tabIdOf(url);
    const setup = FILL_SETUPS['hosted-exchange']('example.com');
    await sendFromPanel(panel, 'fill-run', { tabId, setup, options: {} });
    await expect
      .poll(async () => ((await sendFromPanel<{ state: string; progress?: { message: { en: string } } }>(panel, 'get-fill', { tabId })).progress?.message.en ?? ''))
      .toMatch(/already holds "webmail" in its host \(name\) field/);
    expect(await page.locator('zone-record-editor').getByLabel('Host name').inputValue()).toBe('webmail');
    expect(await page.evaluate(() => window.__fixture!.saved())).toEqual(before);
  });

  test('a reload during the fill resumes on the reloaded page: the record not saved is filled in again', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone?reload';
    const page = await session.context.newPage();
    await page.goto(url);
    const panel = await session.openExtensionPage('src/popup/sidepanel.html');
    const tabId = await session.tabIdOf(url);
    await sendFromPanel(panel, 'fill-run', { tabId, setup: FILL_SETUPS.onprem('example.com'), options: {} });
    const fillState = () => sendFromPanel<{ state: string; progress?: { phase: string; index: number; message: { en: string } } }>(panel, 'get-fill', { tabId });
    await expect.poll(async () => (await fillState()).progress?.phase).toBe('awaiting-save');
    const before = (await fillState()).progress!.index;
    await page.reload();
    // The reloaded page's form starts empty: the background injects the filler again (same origin),
    // which fills the record the user had not saved, and waits for the save again.
    const value = page.locator('zone-record-editor').getByLabel('Points to');
    await expect.poll(async () => ((await value.count()) > 0 ? await value.first().inputValue() : ''), { timeout: 20_000 }).not.toBe('');
    await expect.poll(async () => (await fillState()).progress?.phase).toBe('awaiting-save');
    expect((await fillState()).state).toBe('running');
    expect((await fillState()).progress!.index).toBe(before);
  });

  test('the plan shows the old MX and the SPF conflict, and adds no second SPF', async () => {
    const page = await session.context.newPage();
    const url = 'https://panel.unknown-host.test/domains/example.com/zone?editor=iframe';
    await page.goto(url);
    const panel = await session.openExtensionPage('src/popup/sidepanel.html');
    const tabId = await session.tabIdOf(url);
    const { plan } = await sendFromPanel<{ plan: import('../../../src/fill/types.js').FillPlan }>(panel, 'fill-plan', { tabId, setup: FILL_SETUPS['hosted-exchange']('example.com'), options: {} });
    expect(plan.conflicts.map((c) => c.kind).sort()).toEqual(['old-mx', 'spf']);
    expect(plan.conflicts.find((c) => c.kind === 'spf')?.merged).toBe('v=spf1 include:_spf.old-mail.example.net include:mx.ovh.com ~all');
    expect(plan.toAdd.some((item) => item.record.type === 'TXT')).toBe(false);
    expect(plan.toReplace).toEqual([]);
  });
});


describe('the fill section of the side panel on the unknown panel', () => {
  const session = useExtensionSession({ language: 'en' });

  test('shows the page kind and the plan, fills in all with the user saving, and reports progress', async () => {
    const url = 'https://panel.unknown-host.test/domains/example.com/zone';
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__fixture !== undefined);
    const tabId = await session.tabIdOf(url);
    const params = new URLSearchParams({ tabId: String(tabId), domain: 'example.com', service: 'exchange-onprem', ip: '203.0.113.10' });
    const panel = await session.openExtensionPage(`src/popup/sidepanel.html?${params}`);
    const section = panel.locator('section.fill');
    await expect.poll(() => section.locator('.page-kind').textContent()).toBe('Unknown DNS editor (generic filler): DNS zone of example.com');
    // The fill's buttons and progress are in the action bar (always in view); the plan stays in the section.
    const bar = panel.locator('.action-bar');
    await bar.getByRole('button', { name: 'Show what would be filled in' }).click();
    // The conflicts first, where the SPF merge is offered, then what will be added.
    await expect.poll(() => section.locator('.plan h3, .plan-add > summary').allTextContents()).toEqual(['Conflicts (nothing is deleted)', 'To add (3)']);
    expect(await panel.getByRole('button', { name: /^Fill in / }).count()).toBe(4); // 3 records + "all"
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sites', 'generic-side-panel-plan.png'), fullPage: true });
    await bar.getByRole('button', { name: 'Fill in all (3)' }).click();
    const progress = bar.locator('.fill-progress');
    for (let index = 1; index <= 3; index++) {
      await expect.poll(() => progress.textContent()).toContain(`Record ${index} of 3 is filled in`);
      await page.bringToFront();
      await page.locator('zone-record-editor').getByRole('button', { name: 'Save record' }).click();
    }
    await expect.poll(() => progress.textContent()).toContain('Done: 3 records filled in and saved');
    const saved = await page.evaluate(() => window.__fixture!.saved());
    expect(saved.slice(-3).map((row) => `${row.type} ${row.host} ${row.value}`)).toEqual(['MX @ mail.example.com', 'SRV _autodiscover._tcp mail.example.com', 'A mail 203.0.113.10']);
    // After the saves the background checks the zone again over DoH; the side panel shows it.
    await expect.poll(() => panel.locator('li.result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sites', 'generic-side-panel-done.png'), fullPage: true });
  });
});
