import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  { url: 'https://my.ionos.com/domain-dns-settings/example.com', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
];
