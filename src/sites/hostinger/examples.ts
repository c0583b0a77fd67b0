import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  { url: 'https://hpanel.hostinger.com/domain/example.com/dns', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
];
