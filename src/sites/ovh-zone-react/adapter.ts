import { defineSite } from '../define-site.js';
import { ovhHashRoute } from '../ovh-zone-shared.js';

/** `#/web-domains/domain/<d>/zone` and its sub-routes `zone/add-entry`, `zone/modify-entry`… (SRC). */
const ROUTE = /^#?\/web-domains\/domain\/([^/?#]+)(\/[^?#]*)?/;

const routeOf = (url: URL) => ovhHashRoute(ROUTE, url);

/** OVHcloud's React control panel (EU, Canadian and US managers). */
export const adapter = defineSite({
  name: { en: 'OVHcloud (control panel)', fr: 'OVHcloud (espace client)' },
  hostId: 'ovhcloud',
  hosts: ['manager.eu.ovhcloud.com', 'manager.ca.ovhcloud.com', 'manager.us.ovhcloud.com'],
  matches: (url) => routeOf(url) !== undefined,
  read(url) {
    const route = routeOf(url);
    if (!route) return { pageKind: 'unknown' };
    return { pageKind: /^\/zone(\/|$)/.test(route.rest) ? 'dns-zone' : 'domain', domain: route.domain };
  },
});
