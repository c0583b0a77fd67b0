import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // Public tables disagree on the path: all three shapes.
  { url: 'https://admin.gandi.net/domain/5f0c1a2e-7d3b/example.com/records', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
  { url: 'https://admin.gandi.net/domain/example.com/records', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
  { url: 'https://admin.gandi.net/domain/example.com/dns/records', reads: { pageKind: 'dns-editor', domain: 'example.com' } },
];
