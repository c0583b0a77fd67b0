import type { RecordNotation, SiteAdapter } from './types.js';

/**
 * What a site's `adapter.ts` states: only what differs from the conventions. Its id is its
 * folder's name (given by the registry); names are relative to the zone unless it says `fqdn`;
 * a site with `hosts` runs the page reader by itself on those hosts (under `path`) and knows
 * every page there unless `matches` narrows it; a `route` whose first group is the zone makes
 * `read` (that path is the DNS editor, every other page is unknown).
 */
export interface SiteDefinition {
  name: SiteAdapter['name'];
  hostId?: SiteAdapter['hostId'];
  notation?: RecordNotation;
  hosts?: readonly string[];
  /** The path prefix the site's pages live under on its hosts (`/manager`). */
  path?: string;
  /** Match patterns, where the hosts' pages are not all alike (one list across two products). */
  matchPatterns?: readonly string[];
  route?: RegExp;
  matches?(url: URL): boolean;
  read?: SiteAdapter['read'];
  recognize?: SiteAdapter['recognize'];
}

/** A site without an id yet: what an `adapter.ts` exports. */
export type SiteOf = Omit<SiteAdapter, 'id'>;

// Pure: marked so a bundle that leaves an adapter out can drop the call.
export /* @__NO_SIDE_EFFECTS__ */ function defineSite(site: SiteDefinition): SiteOf {
  const { hosts, path = '', route, matches, read, recognize, hostId } = site;
  const onHost = (url: URL) => hosts === undefined || (hosts.includes(url.hostname) && url.pathname.startsWith(path));
  const matchPatterns = site.matchPatterns ?? hosts?.map((host) => `https://${host}${path}/*`);
  return {
    name: site.name,
    ...(hostId && { hostId }),
    notation: site.notation ?? 'relative',
    ...(matchPatterns && { matchPatterns }),
    ...(recognize && { recognize }),
    matches: (url) => onHost(url) && (matches?.(url) ?? true),
    read: read ?? (route ? readRoute(route) : () => ({ pageKind: 'unknown' })),
  };
}

/** `read` for panels whose path names the zone in its first group (`/domain/<d>/dns`). */
function readRoute(route: RegExp): SiteAdapter['read'] {
  return (url) => {
    const domain = route.exec(url.pathname)?.[1];
    return domain ? { pageKind: 'dns-editor', domain: decodeURIComponent(domain) } : { pageKind: 'unknown' };
  };
}
