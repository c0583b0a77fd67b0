import { defineSite } from '../define-site.js';

/**
 * OVHcloud control panel, the e-mail offers' screens (Hosted / Private Exchange, Email Pro):
 * not a DNS editor, the place where the values a zone needs are shown (issue 5's capture).
 * Routes are hash routes: `#/web/exchange/<organization>/<service>/<tab>` and
 * `#/web/email_pro/<service>/<tab>` (inferred from docs/email-dns-facts.md; last verified
 * 2026-11-23 on fixture ovh-email-panel). The zone editors on the same hosts are other adapters.
 */
const HOSTS = ['manager.eu.ovhcloud.com', 'manager.ca.ovhcloud.com', 'manager.us.ovhcloud.com', 'www.ovh.com', 'ca.ovh.com'];

const EXCHANGE = /^#?\/(?:web\/)?exchange\/([^/?#]+)\/([^/?#]+)(\/[^?#]*)?/;
const EMAIL_PRO = /^#?\/(?:web\/)?email_pro\/([^/?#]+)(\/[^?#]*)?/;

export interface PanelRoute {
  product: 'exchange' | 'email-pro';
  /** The service name (`hosted-ab12345-1`, `private-zz111111-1`, `emailpro-ab12345-1`). */
  service: string;
  /** The tab path after the service (`/domain`, `/domain/example.com/dkim`, ''). */
  tab: string;
}

export function panelRoute(url: URL): PanelRoute | undefined {
  if (!HOSTS.includes(url.hostname)) return undefined;
  const exchange = EXCHANGE.exec(url.hash);
  if (exchange) return { product: 'exchange', service: decodeURIComponent(exchange[2]!), tab: exchange[3] ?? '' };
  const pro = EMAIL_PRO.exec(url.hash);
  if (pro) return { product: 'email-pro', service: decodeURIComponent(pro[1]!), tab: pro[2] ?? '' };
  return undefined;
}

/** The catalog service the route implies; Exchange offers are told apart by the service name. */
export function serviceOfRoute(route: PanelRoute): string | undefined {
  if (route.product === 'email-pro') return 'ovh-email-pro';
  if (/^private-/i.test(route.service)) return 'ovh-private-exchange';
  if (/^hosted-/i.test(route.service)) return 'ovh-hosted-exchange';
  return undefined;
}

/** The domain a tab names (`/domain/<d>/dkim`). */
export function domainOfRoute(route: PanelRoute): string | undefined {
  const match = /^\/domains?\/([^/]+)/.exec(route.tab);
  return match ? decodeURIComponent(match[1]!).toLowerCase() : undefined;
}

/** Page kinds the guides key on. */
export const OVH_PANEL_PAGE_KINDS = [
  'ovh-exchange-wizard',
  'ovh-exchange-general',
  'ovh-exchange-domains',
  'ovh-exchange-dkim',
  'ovh-exchange-accounts',
  'ovh-private-exchange-diagnostic',
  'ovh-email-pro-general',
  'ovh-email-pro-domains',
  'ovh-email-pro-dkim',
  'ovh-email-pro-accounts',
] as const;

function pageKindOf(route: PanelRoute, document: Document): string {
  const product = route.product === 'exchange' ? 'ovh-exchange' : 'ovh-email-pro';
  // The first-configuration wizard covers the service page until it is done (seed 000).
  if (route.product === 'exchange' && document.querySelector('[data-wizard="exchange-setup"], .exchange-setup-wizard')) return 'ovh-exchange-wizard';
  const tab = route.tab;
  if (/\/dkim\/?$/.test(tab)) return `${product}-dkim`;
  if (/^\/(?:server|diagnostic)/.test(tab) && route.product === 'exchange') return 'ovh-private-exchange-diagnostic';
  if (/^\/domains?(\/|$)/.test(tab)) return `${product}-domains`;
  if (/^\/accounts?(\/|$)/.test(tab)) return `${product}-accounts`;
  return `${product}-general`;
}

export const adapter = defineSite({
  name: { en: 'OVHcloud control panel (e-mail offers)', fr: 'Espace client OVHcloud (offres e-mail)' },
  matchPatterns: [
    'https://manager.eu.ovhcloud.com/*',
    'https://manager.ca.ovhcloud.com/*',
    'https://manager.us.ovhcloud.com/*',
    'https://www.ovh.com/manager/*',
    'https://ca.ovh.com/manager/*',
  ],
  matches: (url) => panelRoute(url) !== undefined,
  read(url, document) {
    const route = panelRoute(url);
    if (!route) return { pageKind: 'unknown' };
    // Which offer this is (the guides pick its steps): Hosted and Private Exchange share their tabs.
    const serviceId = serviceOfRoute(route);
    const page = { pageKind: pageKindOf(route, document), ...(serviceId && { serviceId }) };
    const fromRoute = domainOfRoute(route);
    if (fromRoute) return { ...page, domain: fromRoute };
    // The domain that needs action: the one whose Diagnostic shows a red badge.
    const red = document.querySelector('tr:has(.oui-badge_error) td');
    const domain = red?.textContent?.trim().toLowerCase();
    return domain && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? { ...page, domain } : page;
  },
});
