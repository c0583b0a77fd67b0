import { defineSite } from '../define-site.js';

/** The account id is 32 hex digits; the zone follows it. `/<account>/<zone>/dns[/records]`. */
const ROUTE = /^\/([0-9a-f]{32})\/([^/]+)(\/[^?#]*)?$/i;

function routeOf(url: URL): { domain: string; rest: string } | undefined {
  const match = ROUTE.exec(url.pathname);
  // A zone name has a dot; the account's own pages (`/<account>/members`) have none.
  if (!match || !match[2]!.includes('.')) return undefined;
  return { domain: decodeURIComponent(match[2]!).toLowerCase(), rest: match[3] ?? '' };
}

/** Cloudflare dashboard: `https://dash.cloudflare.com/<accountId>/<domain>/dns/records` (older: `…/<domain>/dns`). */
export const adapter = defineSite({
  name: 'Cloudflare',
  hostId: 'cloudflare',
  hosts: ['dash.cloudflare.com'],
  matches: (url) => routeOf(url) !== undefined,
  read(url) {
    const route = routeOf(url);
    if (!route) return { pageKind: 'unknown' };
    return { pageKind: /^\/dns(\/records)?\/?$/.test(route.rest) ? 'dns-zone' : 'domain', domain: route.domain };
  },
});
