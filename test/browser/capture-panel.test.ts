import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Capture, PanelReading } from '../../src/capture/types.js';
import { useReaderBrowser } from './capture-browser.js';

/**
 * The panel readers on the OVHcloud panel fixture (FR and EN), in real Chromium: each screen
 * yields exactly the expected captures; fine domains yield none.
 */
const session = useReaderBrowser(['ovh-email-panel']);

const HOSTED = '/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1';
const PRO = '/#/web/email_pro/emailpro-ab12345-1';
const PRIVATE = '/#/web/exchange/private-zz111111-1/private-zz111111-1';

type Dsa = {
  readPanel(): PanelReading;
  readPage(): { adapterId: string; pageKind: string; domain?: string } | null;
  capturesFromPanel(reading: PanelReading, context?: { serviceHint?: string; routeDomain?: string }): { captures: Capture[]; fine: string[] };
};

async function captures(page: Page, context: { serviceHint?: string; routeDomain?: string } = {}) {
  return page.evaluate((ctx) => {
    const dsa = (window as unknown as { __dsa: Dsa }).__dsa;
    return dsa.capturesFromPanel(dsa.readPanel(), ctx);
  }, context);
}

const pageInfo = (page: Page) => page.evaluate(() => (window as unknown as { __dsa: Dsa }).__dsa.readPage());
const values = (capture: Capture) => Object.fromEntries(Object.entries(capture.vars).map(([k, v]) => [k, `${v.value} (${v.source})`]));

describe.each(['fr', 'en'])('OVHcloud panel fixture (%s)', (lang) => {
  const q = lang === 'en' ? '?lang=en' : '';

  it('Connexion box: the server of the platform, and the offer', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${HOSTED.slice(1)}`);
    const reading = await page.evaluate(() => (window as unknown as { __dsa: Dsa }).__dsa.readPanel());
    expect(reading.server).toEqual({ value: 'ex5.mail.ovh.net', source: 'panel-connection-box' });
    expect(reading.service).toBe('ovh-hosted-exchange');
    expect(await pageInfo(page)).toEqual({ adapterId: 'ovh-email-panel', pageKind: 'ovh-exchange-general', notation: 'relative', serviceId: 'ovh-hosted-exchange' });
    await page.close();
  });

  it('Associated domains: only the domain that needs action is captured; CNAME pop-over gives the bare token', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${HOSTED.slice(1)}/domain`);
    expect(await pageInfo(page)).toMatchObject({ pageKind: 'ovh-exchange-domains', domain: 'example.com' });
    const reading = await page.evaluate(() => (window as unknown as { __dsa: Dsa }).__dsa.readPanel());
    // The DKIM box's colour is the DKIM state the panel shows: red = to fix, green = set.
    expect(reading.domains.map((row) => [row.domain, row.dkim])).toEqual([['example.com', 'toFix'], ['fine.example.org', 'set']]);
    const table = await captures(page);
    expect(table.fine).toEqual(['fine.example.org']);
    expect(table.captures).toEqual([{ domain: 'example.com', service: 'ovh-hosted-exchange', vars: {} }]);

    await page.click('tr:has-text("example.com") [data-badge=CNAME]');
    const withPopover = await captures(page);
    expect(withPopover.captures.map(values)).toEqual([{
      token: 'ab1cd (panel-cname-popover)',
      cname_target: 'ovh.com (panel-cname-popover)',
    }]);

    await page.click('tr:has-text("example.com") [data-badge=SRV]');
    const withWizard = await captures(page);
    expect(withWizard.captures).toHaveLength(1);
    expect(values(withWizard.captures[0]!)).toEqual({ server: 'ex5.mail.ovh.net (panel-srv-wizard)' });

    await page.click('.oui-modal button');
    await page.click('tr:has-text("example.com") [data-badge=MX]');
    const withValues = await captures(page);
    expect(values(withValues.captures[0]!)).toEqual({ server: 'ex5.mail.ovh.net (panel-dns-values)', region: 'ca (panel-dns-values)' });
    await page.close();
  });

  it('DKIM screen: both selectors and targets for the domain of the route', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${HOSTED.slice(1)}/domain/example.com/dkim`);
    expect(await pageInfo(page)).toMatchObject({ pageKind: 'ovh-exchange-dkim', domain: 'example.com' });
    const result = await captures(page, { routeDomain: 'example.com', serviceHint: 'ovh-hosted-exchange' });
    expect(result.captures.map(values)).toEqual([{
      dkim_selector1: 'ovhex123456-selector1 (panel-dkim)',
      dkim_target1: 'ovhex123456-selector1._domainkey.2052857.ab.dkim.mail.ovh.net (panel-dkim)',
      dkim_selector2: 'ovhex123456-selector2 (panel-dkim)',
      dkim_target2: 'ovhex123456-selector2._domainkey.2052857.ab.dkim.mail.ovh.net (panel-dkim)',
    }]);
    await page.close();
  });

  it('Email Pro: token from a pop-over whose host has no -check, server from the SRV wizard', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${PRO.slice(1)}/domain`);
    expect(await pageInfo(page)).toMatchObject({ pageKind: 'ovh-email-pro-domains', domain: 'shop.example.net' });
    await page.click('[data-badge=CNAME]');
    const withPopover = await captures(page, { serviceHint: 'ovh-email-pro' });
    expect(withPopover.fine).toEqual(['example.com']);
    expect(withPopover.captures).toEqual([{
      domain: 'shop.example.net', service: 'ovh-email-pro',
      vars: { token: { value: 'zz9q', source: 'panel-cname-popover' }, cname_target: { value: 'ovh.com', source: 'panel-cname-popover' } },
    }]);
    await page.click('[data-badge=SRV]');
    const withWizard = await captures(page, { serviceHint: 'ovh-email-pro' });
    expect(withWizard.captures.map((c) => [c.service, values(c)])).toEqual([['ovh-email-pro', { server: 'pro3.mail.ovh.net (panel-srv-wizard)' }]]);
    await page.close();
  });

  it('Private Exchange server diagnostic: the platform name and its A/AAAA values', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${PRIVATE.slice(1)}/server`);
    expect(await pageInfo(page)).toMatchObject({ pageKind: 'ovh-private-exchange-diagnostic' });
    const result = await captures(page);
    expect(result.captures).toEqual([{
      domain: 'example.org', service: 'ovh-private-exchange',
      vars: {
        server_name: { value: 'exchange', source: 'panel-server-diagnostic' },
        ipv4: { value: '198.51.100.25', source: 'panel-server-diagnostic' },
        ipv6: { value: '2001:db8:3c4d:15::25', source: 'panel-server-diagnostic' },
      },
    }]);
    await page.close();
  });

  it('first-use wizard is its own page kind', async () => {
    const page = await session.open('ovh-email-panel', `/${q}${HOSTED.slice(1)}/setup`);
    expect(await pageInfo(page)).toMatchObject({ pageKind: 'ovh-exchange-wizard' });
    await page.close();
  });
});
