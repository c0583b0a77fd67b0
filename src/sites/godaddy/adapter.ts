import { defineSite } from '../define-site.js';

/**
 * The domain in the path, newest shape first: `/control/portfolio/<d>/settings` (tab=dns),
 * `/control/<d>/dns`, `/manage/<d>/dns`, or `?domainName=<d>` on `/control/dnsmanagement`.
 */
function domainOf(url: URL): { domain: string; pageKind: string } | undefined {
  const portfolio = /^\/control\/portfolio\/([^/]+)\/settings\/?$/.exec(url.pathname);
  if (portfolio) {
    const tab = url.searchParams.get('tab');
    return { domain: portfolio[1]!, pageKind: tab === null || tab === 'dns' ? 'dns-zone' : 'domain' };
  }
  const older = /^\/(?:control|manage)\/([^/]+)\/dns\/?$/.exec(url.pathname);
  if (older && older[1] !== 'dnsmanagement') return { domain: older[1]!, pageKind: 'dns-zone' };
  const named = url.searchParams.get('domainName');
  if (/^\/control\/dnsmanagement\/?$/.test(url.pathname) && named) return { domain: named, pageKind: 'dns-zone' };
  return undefined;
}

/** GoDaddy's Domain Control Center (also under its reseller host). */
export const adapter = defineSite({
  name: 'GoDaddy',
  hostId: 'godaddy',
  hosts: ['dcc.godaddy.com', 'dcc.secureserver.net'],
  matches: (url) => domainOf(url) !== undefined,
  read(url) {
    const found = domainOf(url);
    if (!found) return { pageKind: 'unknown' };
    return { pageKind: found.pageKind, domain: decodeURIComponent(found.domain).toLowerCase() };
  },
});
