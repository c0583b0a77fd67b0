import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { launchExtension, type ExtensionSession } from '../harness.js';
import { describeSiteFill, sendFromPanel } from './helpers.js';
import { FILL_SETUPS } from './helpers-expected.js';

// The unknown panel's Save button lives in an open shadow root (default) or a same-origin iframe.
const saveInShadow = (page: Page) => page.locator('zone-record-editor').getByRole('button', { name: /Save record|Enregistrer/ }).click();
const saveInFrame = (page: Page) => page.frameLocator('iframe').getByRole('button', { name: /Save record|Enregistrer/ }).click();

describeSiteFill({
  siteId: 'generic',
  notation: COMMON_NOTATION,
  save: saveInShadow,
  runs: [
    { name: 'the Hosted Exchange set into a shadow-DOM editor (EN)', setup: 'hosted-exchange' },
    { name: 'the Hosted Exchange set with the merged SPF into a shadow-DOM editor (FR)', setup: 'hosted-exchange', mergedSpf: true, path: '/domains/example.com/zone?lang=fr' },
  ],
});

describeSiteFill({
  siteId: 'generic',
  notation: COMMON_NOTATION,
  save: saveInFrame,
  runs: [
    { name: 'the on-premises Exchange set into an iframe editor (FR, aria labels only)', setup: 'onprem', path: '/domains/example.com/zone?editor=iframe&lang=fr' },
    { name: 'the Hosted Exchange set into an iframe editor (EN)', setup: 'hosted-exchange', path: '/domains/example.com/zone?editor=iframe' },
  ],
});

describe('the generic filler on a half-filled form', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(inject('dns'));
  });
  afterAll(() => session?.close());

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

