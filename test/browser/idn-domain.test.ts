/// <reference types="chrome" />
/**
 * An internationalised domain end to end, in real Chromium with the test build: café-exemple.test,
 * which DNS (and the loopback unbound, test/fixtures/zones/xn--caf-exemple-dbb.test.zone) knows as
 * xn--caf-exemple-dbb.test. The IONOS fixture names its zone from the address, so it shows the
 * zone in whichever spelling the address has: punycode in one test, Unicode in the other.
 *
 * What the user sees (decided here): the domain field keeps the spelling it was given (typed, or
 * read from the page); the records, the plan and the check name the zone in its DNS form
 * (punycode: what resolvers answer, what the zone file holds, what every registrar accepts, and
 * what the copy buttons copy), and a line under the domain field gives both spellings, so the user
 * can match either with what the registrar shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { comparableKey } from '../../src/records/comparable.js';
import type { DnsRecord } from '../../src/records/types.js';
import { SCREENSHOTS, seriousViolations, useExtensionSession } from './harness.js';
import { openFold } from './folds.js';
import { fillAllFromPopup, lastMessage, openPopupOn, saveEachRecord, typeSetup } from './popup-fill.js';
import { savedRecords } from './sites/helpers.js';
import { expectedZone, FILL_SETUPS } from './sites/helpers-expected.js';
import { COMMON_NOTATION } from '../fixtures/sites/kit/notation.js';

const UNICODE = 'café-exemple.test';
const PUNYCODE = 'xn--caf-exemple-dbb.test';
const IONOS = 'https://my.ionos.com/domain-dns-settings/';
const SETUP = FILL_SETUPS.onprem(PUNYCODE);
const ONPREM_VARS = { ip: '203.0.113.10' };

const session = useExtensionSession({ screenshots: 'idn', language: 'en', freshEachTest: true });

const sortedKeys = (records: DnsRecord[]) => records.map(comparableKey).sort();
const saveIonos = (page: Page) => page.locator('form.record-form button[type=submit]').click();

/** Each row of the check shown in the UI as `type name: status`, sorted. */
async function checkStatuses(ui: Page): Promise<string[]> {
  const rows = ui.locator('li.result');
  const entries: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    // Each row is folded under its line: textContent (innerText is empty for content not shown).
    entries.push(`${await row.locator('h3 .type').textContent()} ${await row.locator('h3 .mono').textContent()}: ${await row.getAttribute('data-status')}`);
  }
  return entries.sort();
}

/** The records the popup lists: `type name` as it shows them. */
const listedRecords = (ui: Page) => ui.locator('li.record h3').allInnerTexts().then((titles) => titles.map((title) => title.replace(/\s+/g, ' ').trim()));

/** What the loopback DoH serves for the IDN zone, as the side panel's re-check after the fill shows it. */
async function expectZoneChecked(panel: Page): Promise<void> {
  await expect.poll(() => panel.locator('li.result').count(), { timeout: 15_000 }).toBe(5);
  // Every record of the setup is live; the old provider's MX, still in the zone, is the conflict to delete.
  expect(await checkStatuses(panel)).toEqual(['A mail: ok', 'MX @: conflict', 'MX @: ok', 'SRV _autodiscover._tcp: ok', 'TXT @: ok']);
}

describe(`the IDN ${UNICODE} (${PUNYCODE} in DNS)`, () => {
  test('typed in Unicode while the registrar shows punycode: records, fill and check agree', async () => {
    const page = await session.context.newPage();
    await page.goto(`${IONOS}${PUNYCODE}`);
    await page.waitForFunction(() => window.__fixture !== undefined);
    const { popup, tabId } = await openPopupOn(session, page);
    expect(await popup.locator('#domain').inputValue()).toBe(PUNYCODE);

    await typeSetup(popup, { domain: UNICODE, service: 'exchange-onprem', vars: ONPREM_VARS });
    expect(await popup.locator('#domain').inputValue()).toBe(UNICODE);
    expect(await popup.locator('#domain-help').innerText()).toContain(`${UNICODE} is ${PUNYCODE} in DNS`);
    expect(await listedRecords(popup)).toEqual(['MX @', 'TXT @', 'SRV _autodiscover._tcp', 'A mail']);
    await openFold(popup, 'fold-records');
    expect(await popup.locator('.records-section').innerText()).toContain(`relative to ${PUNYCODE}`);
    const fill = popup.locator('section.fill');
    await expect.poll(() => fill.locator('.page-kind').innerText()).toBe(`IONOS DNS: DNS zone of ${PUNYCODE}`);
    expect(await fill.locator('.problem').count()).toBe(0);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SCREENSHOTS, 'idn', 'popup-typed-unicode.png'), fullPage: true });

    const panel = await fillAllFromPopup(session, popup, tabId, { mergedSpf: true });
    expect(lastMessage(await saveEachRecord(panel, tabId, page, saveIonos))).toMatch(/^Done/);
    const expected = expectedZone(SETUP, { mergedSpf: true });
    expect(sortedKeys(await savedRecords(page, PUNYCODE, { ...COMMON_NOTATION, srv: 'split-fields' }))).toEqual(sortedKeys(expected.records));
    await page.screenshot({ path: join(SCREENSHOTS, 'idn', 'ionos-punycode-filled.png'), fullPage: true });

    await expectZoneChecked(panel);
    await panel.screenshot({ path: join(SCREENSHOTS, 'idn', 'sidepanel-checked.png'), fullPage: true });
  }, 60_000);

  test('shown in Unicode by the registrar: the same zone everywhere, and the setup and the badge come back on the page', async () => {
    const page = await session.context.newPage();
    await page.goto(`${IONOS}${UNICODE}`);
    await page.waitForFunction(() => window.__fixture !== undefined);
    // The registrar writes every name in Unicode, its table's full names included.
    expect(await page.locator('table.dns-records').innerText()).toContain(`www.${UNICODE}`);
    const { popup, tabId } = await openPopupOn(session, page);
    await typeSetup(popup, { service: 'exchange-onprem', vars: ONPREM_VARS });
    await expect.poll(() => popup.locator('#domain').inputValue()).toBe(PUNYCODE);
    expect(await popup.locator('#domain-help').innerText()).toContain(`${UNICODE} is ${PUNYCODE} in DNS`);
    const fill = popup.locator('section.fill');
    await expect.poll(() => fill.locator('.page-kind').innerText()).toBe(`IONOS DNS: DNS zone of ${PUNYCODE}`);
    // Not "This page edits café-exemple.test, not xn--caf-exemple-dbb.test": it is the same zone.
    expect(await fill.locator('.problem').allInnerTexts()).toEqual([]);
    await popup.screenshot({ path: join(SCREENSHOTS, 'idn', 'popup-page-unicode.png'), fullPage: true });

    const panel = await fillAllFromPopup(session, popup, tabId, { mergedSpf: true });
    // The side panel the popup handed the run to shows the same setup.
    await expect.poll(() => panel.locator('#service').inputValue()).toBe('exchange-onprem');
    expect(lastMessage(await saveEachRecord(panel, tabId, page, saveIonos))).toMatch(/^Done/);
    const expected = expectedZone(SETUP, { mergedSpf: true });
    expect(sortedKeys(await savedRecords(page, PUNYCODE, { ...COMMON_NOTATION, srv: 'split-fields' }))).toEqual(sortedKeys(expected.records));
    await page.screenshot({ path: join(SCREENSHOTS, 'idn', 'ionos-unicode-filled.png'), fullPage: true });
    await expectZoneChecked(panel);

    // Next visit: the registrar page of the zone shows the check's result on the badge at once,
    // and the popup there reopens the setup typed for it.
    await Promise.all([page.close(), popup.isClosed() ? undefined : popup.close()]);
    const again = await session.context.newPage();
    await again.goto(`${IONOS}${UNICODE}`);
    const againTab = await session.tabIdOf(again.url());
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), againTab)).toBe('1');
    const { popup: reopened } = await openPopupOn(session, again);
    await expect.poll(() => reopened.locator('#service').inputValue()).toBe('exchange-onprem');
    expect(await reopened.locator('#var-ip').inputValue()).toBe(ONPREM_VARS.ip);
  }, 60_000);
});
