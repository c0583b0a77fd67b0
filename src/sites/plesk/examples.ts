import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The zone is named only in the page; the URL has a site id.
  { url: 'https://host.example.net:8443/smb/dns-zone/records-list/id/7/type/domain', heading: 'DNS Settings for example.com', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
];
