import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The zone after the account id, not the account id.
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/example.com/dns/records', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/example.com/dns', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // History changes to the zone overview.
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/example.com', reads: { pageKind: 'domain', domain: 'example.com' } },
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/Example.com/ssl-tls', reads: { pageKind: 'domain', domain: 'example.com' } },
  // Never the dashboard host or the account's own pages.
  { url: 'https://dash.cloudflare.com/' },
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef' },
  { url: 'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/members' },
  { url: 'https://dash.cloudflare.com/login' },
  { url: 'https://cloudflare.com/0123456789abcdef0123456789abcdef/example.com/dns' },
];
