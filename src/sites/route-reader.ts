import type { SiteAdapter } from './types.js';

/**
 * `read(url)` for panels whose path names the zone in its first group
 * (`/domain/<d>/dns`): that path is the DNS editor, any other page is unknown.
 */
// Pure: marked so a bundle that does not use an adapter can drop the call.
export /* @__NO_SIDE_EFFECTS__ */ function routeReader(route: RegExp): SiteAdapter['read'] {
  return (url) => {
    const domain = route.exec(url.pathname)?.[1];
    return domain ? { pageKind: 'dns-editor', domain: decodeURIComponent(domain) } : { pageKind: 'unknown' };
  };
}
