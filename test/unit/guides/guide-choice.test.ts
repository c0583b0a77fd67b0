import { describe, expect, it } from 'vitest';
import { GUIDES, guidesFor, suggestGuide } from '../../../src/sites/guides.js';
import { FALLBACK_GUIDE_ID, stepsOnPage, type GuideReason } from '../../../src/guides/match.js';
import { SERVICES } from '../../../src/services/index.js';

/**
 * Which guide the view shows first, and why: the page is the stronger signal, except on the
 * Exchange tabs that Private Exchange shares (no invented steps there), and a guide for an
 * unrelated service is never a fallback.
 */
const PANEL = 'ovh-email-panel';
const EXCHANGE_TABS = ['ovh-exchange-general', 'ovh-exchange-domains', 'ovh-exchange-dkim', 'ovh-exchange-accounts', 'ovh-exchange-wizard'];
const PRO_TABS = ['ovh-email-pro-general', 'ovh-email-pro-domains', 'ovh-email-pro-dkim', 'ovh-email-pro-accounts'];

type Row = [page: string | undefined, service: string | undefined, guide: string, reason: GuideReason];

const TABLE: Row[] = [
  // The service's own page: its guide.
  ...EXCHANGE_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-hosted-exchange', 'hosted-exchange-first-steps', 'fits']),
  ...PRO_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-email-pro', 'email-pro-first-steps', 'fits']),
  [`${PANEL}/ovh-private-exchange-diagnostic`, 'ovh-private-exchange', 'private-exchange-first-steps', 'fits'],
  // Another offer's page: the page wins, and the view says why.
  ...PRO_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-hosted-exchange', 'email-pro-first-steps', 'page']),
  ...PRO_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-private-exchange', 'email-pro-first-steps', 'page']),
  ...EXCHANGE_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-email-pro', 'hosted-exchange-first-steps', 'page']),
  ...EXCHANGE_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'microsoft-365', 'hosted-exchange-first-steps', 'page']),
  [`${PANEL}/ovh-private-exchange-diagnostic`, 'ovh-hosted-exchange', 'private-exchange-first-steps', 'page'],
  [`${PANEL}/ovh-private-exchange-diagnostic`, 'ovh-email-pro', 'private-exchange-first-steps', 'page'],
  // The Exchange tabs Private Exchange shares: its own guide, no step marked (facts unconfirmed).
  ...EXCHANGE_TABS.map((kind): Row => [`${PANEL}/${kind}`, 'ovh-private-exchange', 'private-exchange-first-steps', 'fits']),
  // No service chosen: the guide with steps for the page.
  [`${PANEL}/ovh-exchange-domains`, undefined, 'hosted-exchange-first-steps', 'fits'],
  [`${PANEL}/ovh-email-pro-domains`, '', 'email-pro-first-steps', 'fits'],
  [`${PANEL}/ovh-private-exchange-diagnostic`, undefined, 'private-exchange-first-steps', 'fits'],
  // A registrar's pages: its steps, whatever the service.
  ['godaddy/dns-zone', 'microsoft-365', 'registrar-godaddy', 'fits'],
  ['namecheap/dns-editor', 'ovh-email-pro', 'registrar-namecheap', 'fits'],
  ['cloudflare/domain', 'ovh-private-exchange', 'registrar-cloudflare', 'fits'],
  ['godaddy/some-page-no-guide-knows', 'ovh-hosted-exchange', 'registrar-godaddy', 'fits'],
  // No page: the service's guide; no guide for it, the steps for any DNS host (never Hosted Exchange).
  [undefined, 'microsoft-365', 'microsoft-365-dns', 'fits'],
  [undefined, 'exchange-onprem', 'exchange-onprem-essentials', 'fits'],
  [undefined, 'ovh-mx-plan', 'mail-client-settings', 'fits'],
  [undefined, 'some-future-service', FALLBACK_GUIDE_ID, 'fallback'],
  [undefined, '', FALLBACK_GUIDE_ID, 'fallback'],
  [undefined, undefined, FALLBACK_GUIDE_ID, 'fallback'],
];

const pageOf = (text: string | undefined) => {
  if (!text) return undefined;
  const [adapterId, pageKind] = text.split('/') as [string, string];
  return { adapterId, pageKind };
};

describe('suggestGuide: the matching table', () => {
  it.each(TABLE)('on %s with service %s: %s (%s)', (page, service, guideId, reason) => {
    const suggestion = suggestGuide(pageOf(page), service);
    expect(suggestion.guide.id).toBe(guideId);
    expect(suggestion.reason).toBe(reason);
  });

  it('a guide chosen for the page has steps for it; the service\'s shared-tab guide has none (nothing invented)', () => {
    for (const [page, service, , reason] of TABLE) {
      const info = pageOf(page);
      if (!info) continue;
      const { guide } = suggestGuide(info, service);
      if (reason === 'page') expect(stepsOnPage(guide, info.pageKind).length, `${page} ${service}`).toBeGreaterThan(0);
    }
    for (const kind of EXCHANGE_TABS) {
      expect(stepsOnPage(suggestGuide({ adapterId: PANEL, pageKind: kind }, 'ovh-private-exchange').guide, kind)).toEqual([]);
    }
  });

  it('a page that names its offer picks that offer\'s guide, whatever service was chosen before', () => {
    // A Private Exchange service's Associated domains tab: Private's guide (shared tab, no step marked), not Hosted's steps.
    for (const service of ['ovh-hosted-exchange', 'ovh-email-pro', undefined]) {
      expect(suggestGuide({ adapterId: PANEL, pageKind: 'ovh-exchange-domains', serviceId: 'ovh-private-exchange' }, service).guide.id, String(service)).toBe('private-exchange-first-steps');
    }
    // A Hosted Exchange service's tab while Private Exchange was chosen: the Hosted steps, and the view says why.
    expect(suggestGuide({ adapterId: PANEL, pageKind: 'ovh-exchange-domains', serviceId: 'ovh-hosted-exchange' }, 'ovh-private-exchange')).toMatchObject({
      guide: { id: 'hosted-exchange-first-steps' },
      reason: 'page',
    });
    // A page that names no offer keeps the rules above.
    expect(suggestGuide({ adapterId: PANEL, pageKind: 'ovh-exchange-domains' }, 'ovh-private-exchange').guide.id).toBe('private-exchange-first-steps');
  });

  it('keeps the other guides one pick away: the service\'s guide follows the page\'s', () => {
    const ids = guidesFor({ adapterId: PANEL, pageKind: 'ovh-email-pro-domains' }, 'ovh-hosted-exchange').map((g) => g.id);
    expect(ids.slice(0, 2)).toEqual(['email-pro-first-steps', 'hosted-exchange-first-steps']);
    const shared = guidesFor({ adapterId: PANEL, pageKind: 'ovh-exchange-domains' }, 'ovh-private-exchange').map((g) => g.id);
    expect(shared.slice(0, 2)).toEqual(['private-exchange-first-steps', 'hosted-exchange-first-steps']);
  });
});

describe('suggestGuide: never an unrelated service\'s guide', () => {
  it('every catalog service, without a page, gets a guide for it (or the steps for any DNS host)', () => {
    for (const service of SERVICES) {
      const { guide, reason } = suggestGuide(undefined, service.id);
      if (reason === 'fallback') expect(guide.id).toBe(FALLBACK_GUIDE_ID);
      else expect(guide.services, service.id).toContain(service.id);
    }
  });

  it('without a page, lists only the service\'s guides', () => {
    for (const service of SERVICES) {
      for (const guide of guidesFor(undefined, service.id)) expect(guide.services, `${service.id}: ${guide.id}`).toContain(service.id);
    }
    expect(guidesFor(undefined, 'some-future-service')).toEqual([]);
  });

  it('the fallback is a registrar guide for no particular service', () => {
    const fallback = GUIDES.find((g) => g.id === FALLBACK_GUIDE_ID);
    expect(fallback?.kind).toBe('registrar');
    expect(fallback?.services).toBeUndefined();
  });
});
