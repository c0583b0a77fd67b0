import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  { url: 'https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=dns', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // History changes between the tabs of the settings page.
  { url: 'https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=overview', reads: { pageKind: 'domain', domain: 'example.com' } },
  { url: 'https://dcc.godaddy.com/control/portfolio/Example.com/settings', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // The older URL shapes.
  { url: 'https://dcc.godaddy.com/control/example.com/dns', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://dcc.godaddy.com/manage/example.com/dns', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://dcc.secureserver.net/control/EXAMPLE.COM/dns', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://dcc.godaddy.com/control/dnsmanagement?domainName=example.net', reads: { pageKind: 'dns-zone', domain: 'example.net' } },
  // Never the panel host or its own pages.
  { url: 'https://dcc.godaddy.com/control/portfolio' },
  { url: 'https://dcc.godaddy.com/' },
  { url: 'https://dcc.godaddy.com/control/dnsmanagement' },
  { url: 'https://www.godaddy.com/control/portfolio/example.com/settings?tab=dns' },
];
