import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The zone tab of a domain, by its hash route.
  { url: 'https://www.ovh.com/manager/#/web/domain/example.com/zone', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // Another tab of the same domain is a domain page, not the zone.
  { url: 'https://www.ovh.com/manager/#/web/domain/example.com/information', reads: { pageKind: 'domain', domain: 'example.com' } },
  { url: 'https://www.ovh.com/manager/?lang=en#/web/domain/Example.COM/zone?tab=records', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // A zone without its domain product; the Canadian manager.
  { url: 'https://www.ovh.com/manager/#/web/zone/example.org', reads: { pageKind: 'dns-zone', domain: 'example.org' } },
  { url: 'https://ca.ovh.com/manager/#/web/domain/example.ca/zone', reads: { pageKind: 'dns-zone', domain: 'example.ca' } },
  // Never the manager host or a page without a domain.
  { url: 'https://www.ovh.com/manager/#/web' },
  { url: 'https://www.ovh.com/manager/' },
  { url: 'https://www.ovh.com/fr/domaines/' },
  { url: 'https://www.ovh.com.evil.test/manager/#/web/domain/example.com/zone' },
];
