import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The customer's own host and port: known by the path.
  { url: 'https://host.example.net:2083/cpsess4213861952/frontend/jupiter/zone_editor/index.html#/manage?domain=example.com', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
  // The zone list names no zone.
  { url: 'https://h:2083/cpsess1/frontend/jupiter/zone_editor/index.html#/list', reads: { pageKind: 'zone-list' } },
];
