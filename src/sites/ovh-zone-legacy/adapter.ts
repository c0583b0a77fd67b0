import { defineSite } from '../define-site.js';
import { ovhHashRoute } from '../ovh-zone-shared.js';

/**
 * Hash routes (the app routes by hash): `#/web/domain/<d>/zone` (state app.domain.product.zone),
 * older `#/domain/<d>/zone`, and a zone without the domain product `#/web/zone/<d>` (inferred).
 */
const ROUTE = /^#?\/(?:web\/)?(?:domain|zone)\/([^/?#]+)(\/[^?#]*)?/;

const routeOf = (url: URL) => ovhHashRoute(ROUTE, url);

function pageKindOf(route: { rest: string }, url: URL): string {
  // `#/web/zone/<d>` is the zone page itself; `#/web/domain/<d>/zone` the domain's zone tab.
  if (/^\/zone(\/|$)/.test(route.rest) || /^#?\/(web\/)?zone\//.test(url.hash)) return 'dns-zone';
  return 'domain';
}

/** OVHcloud's legacy AngularJS manager, served under /manager by the EU and Canadian hosts. */
export const adapter = defineSite({
  name: { en: 'OVHcloud (legacy control panel)', fr: 'OVHcloud (ancien espace client)' },
  hostId: 'ovhcloud',
  hosts: ['www.ovh.com', 'ca.ovh.com'],
  path: '/manager',
  matches: (url) => routeOf(url) !== undefined,
  read(url) {
    const route = routeOf(url);
    return route ? { pageKind: pageKindOf(route, url), domain: route.domain } : { pageKind: 'unknown' };
  },
});
