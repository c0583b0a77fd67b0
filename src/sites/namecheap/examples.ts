import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  { url: 'https://ap.www.namecheap.com/Domains/DomainControlPanel/example.com/advancedns', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
  // A page that names no zone says so.
  { url: 'https://ap.www.namecheap.com/dashboard', reads: { pageKind: 'unknown' } },
];
