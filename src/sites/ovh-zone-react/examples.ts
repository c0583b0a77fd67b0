import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The zone page and its sub-routes on the EU, CA and US managers.
  { url: 'https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://manager.ca.ovhcloud.com/#/web-domains/domain/example.com/zone', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://manager.us.ovhcloud.com/#/web-domains/domain/example.com/zone', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  { url: 'https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone/add-entry', reads: { pageKind: 'dns-zone', domain: 'example.com' } },
  // Hash changes to the other tabs of the domain.
  { url: 'https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/information', reads: { pageKind: 'domain', domain: 'example.com' } },
  { url: 'https://manager.eu.ovhcloud.com/#/web-domains/domain/xn--caf-dma.fr/zone?x=1', reads: { pageKind: 'dns-zone', domain: 'xn--caf-dma.fr' } },
  // Never the manager host itself, nor the legacy routes.
  { url: 'https://manager.eu.ovhcloud.com/#/hub' },
  { url: 'https://manager.eu.ovhcloud.com/' },
  { url: 'https://manager.eu.ovhcloud.com/#/web/domain/example.com/zone' },
];
