/// <reference types="chrome" />
/**
 * The generic filler, on demand through the popup, on an unknown panel that wants FULLY QUALIFIED
 * names (test/fixtures/sites/fqdn-panel): the user opens the assistant on the page (the test
 * build's host permission stands for activeTab, the popup injects the page reader and, on "Fill
 * in", the filler), types the domain and the service, fills in all and clicks the panel's
 * "Add record" after each record. The saved zone must be exactly the expected one: a name written
 * relative, or without the final dot a zone-file-style panel needs, is saved as a wrong name.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { comparableKey } from '../../src/records/comparable.js';
import type { DnsRecord } from '../../src/records/types.js';
import { NOTATION, type NameStyle } from '../fixtures/sites/fqdn-panel/names.js';
import { SCREENSHOTS, seriousViolations, useExtensionSession } from './harness.js';
import { fillAllFromPopup, lastMessage, openPopupOn, saveEachRecord, typeSetup, type TypedSetup } from './popup-fill.js';
import { savedRecords } from './sites/helpers.js';
import { expectedZone, FILL_SETUPS, type FillSetupId } from './sites/helpers-expected.js';

const PANEL = 'https://dns.fqdn-panel.test/zone/';
const VARS: Record<FillSetupId, Record<string, string>> = { 'hosted-exchange': { server: 'ex5.mail.ovh.net', token: 'ab1cd' }, onprem: { ip: '203.0.113.10' } };
const SERVICE: Record<FillSetupId, string> = { 'hosted-exchange': 'ovh-hosted-exchange', onprem: 'exchange-onprem' };

interface PanelRun {
  name: string;
  style: NameStyle;
  /** The zone as the panel's address (and so its page) spells it. */
  zoneShown: string;
  /** What the user types in the popup's domain field. */
  typed: string;
  /** The zone in model form. */
  zone: string;
  setup: FillSetupId;
}

const RUNS: PanelRun[] = [
  { name: 'full names asked in a help text under the field (Hosted Exchange)', style: 'full', zoneShown: 'example.com', typed: 'example.com', zone: 'example.com', setup: 'hosted-exchange' },
  { name: 'zone-file style names with their final dot, shown in the placeholder (on-premises)', style: 'dot', zoneShown: 'example.com', typed: 'example.com', zone: 'example.com', setup: 'onprem' },
  { name: 'full names of an IDN zone the panel shows in Unicode (on-premises)', style: 'full', zoneShown: 'café-exemple.test', typed: 'café-exemple.test', zone: 'xn--caf-exemple-dbb.test', setup: 'onprem' },
];

const session = useExtensionSession({ screenshots: 'generic-fqdn', language: 'en', freshEachTest: true });

const sortedKeys = (records: DnsRecord[]) => records.map(comparableKey).sort();
const addRecord = (page: Page) => page.getByRole('button', { name: 'Add record' }).click();

describe('the generic filler on a panel that wants full names, from the popup', () => {
  for (const run of RUNS) {
    test(run.name, async () => {
      const page = await session.context.newPage();
      await page.goto(`${PANEL}${run.zoneShown}${run.style === 'dot' ? '?names=dot' : ''}`);
      await page.waitForFunction(() => window.__fixture !== undefined);
      const { popup, tabId } = await openPopupOn(session, page);
      const typed: TypedSetup = { domain: run.typed, service: SERVICE[run.setup], vars: VARS[run.setup] };
      await typeSetup(popup, typed);
      const fill = popup.locator('section.fill');
      await expect.poll(() => fill.locator('.page-kind').innerText()).toBe(`Unknown DNS editor (generic filler): DNS zone of ${run.zone}`);
      // The list to copy from writes names as the panel takes them: in full where its help asks for
      // fully qualified names; relative on the zone-file-style panel, where a name without its
      // final dot is relative to the zone (and the list says so).
      const srvName = run.style === 'full' ? `_autodiscover._tcp.${run.zone}` : '_autodiscover._tcp';
      expect(await popup.locator('li.record h3').allInnerTexts()).toContain(`SRV ${srvName}`);
      expect(await popup.locator('.records-section .help').first().innerText()).toMatch(run.style === 'full' ? /^Names are written in full/ : /^Names are written relative to/);
      expect(await seriousViolations(popup)).toEqual([]);
      const slug = `${run.style}-${run.setup}-${run.zone}`;
      await popup.screenshot({ path: join(SCREENSHOTS, 'generic-fqdn', `popup-${slug}.png`), fullPage: true });

      const panel = await fillAllFromPopup(session, popup, tabId);
      const final = await saveEachRecord(panel, tabId, page, addRecord);
      await page.screenshot({ path: join(SCREENSHOTS, 'generic-fqdn', `${slug}.png`), fullPage: true });
      expect(lastMessage(final)).toMatch(/^Done/);
      const setup = FILL_SETUPS[run.setup](run.zone);
      const saved = await savedRecords(page, run.zone, NOTATION[run.style]);
      expect(sortedKeys(saved)).toEqual(sortedKeys(expectedZone(setup).records));
      // What the panel stores: full names, with the final dot where it is zone-file style.
      const hosts = (await page.evaluate(() => window.__fixture!.saved())).map((row) => row.host);
      const dot = run.style === 'dot' ? '.' : '';
      expect(hosts).toContain(`_autodiscover._tcp.${run.zone}${dot}`);
    }, 60_000);
  }
});
