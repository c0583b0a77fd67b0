import type { HostSource } from './types.js';

/**
 * The Domain Connect providers the assistant may contact. A zone's `_domainconnect` TXT record is
 * written by whoever controls the zone, so its value is never fetched as given: it must equal one
 * of these addresses (`host[/path]`, no scheme, no port), and so must the settings' `urlAPI`
 * before a template is probed. Anything else is refused and nothing is fetched.
 */
export interface DomainConnectProvider {
  /** The DNS host it belongs to (known-hosts.ts). */
  hostId: string;
  /** `providerId` values its settings carry, compared without case. */
  providerIds: readonly string[];
  /** Values of the `_domainconnect` TXT record that name it. */
  discovery: readonly string[];
  /** Bases of its `urlAPI` (template probes go under them). */
  api: readonly string[];
  source: HostSource;
}

const CHECKED = '2026-12-06';

export const DOMAIN_CONNECT_PROVIDERS: readonly DomainConnectProvider[] = [
  {
    hostId: 'godaddy',
    providerIds: ['godaddy', 'godaddy.com'],
    discovery: ['domainconnect.godaddy.com'],
    api: ['domainconnect.api.godaddy.com'],
    source: { evidence: 'F', where: 'Domain-Connect/domainconnect_python tests (API https://domainconnect.api.godaddy.com); zones delegate _domainconnect to _domainconnect.gd.domaincontrol.com, whose TXT is domainconnect.godaddy.com', checked: CHECKED },
  },
  {
    hostId: 'ionos',
    providerIds: ['1and1', 'ionos', 'ionos.com', '1and1.com'],
    discovery: ['api.domainconnect.ionos.com', 'api.domainconnect.1and1.com'],
    api: ['api.domainconnect.ionos.com', 'api.domainconnect.1and1.com'],
    source: { evidence: 'F', where: 'Domain-Connect/domainconnect_python tests (providerName 1and1, API https://api.domainconnect.1and1.com); IONOS zones delegate _domainconnect to _domainconnect.ionos.com', checked: CHECKED },
  },
  {
    hostId: 'cloudflare',
    providerIds: ['cloudflare', 'cloudflare.com'],
    discovery: ['api.cloudflare.com/client/v4/dns/domainconnect'],
    api: ['api.cloudflare.com/client/v4/dns/domainconnect'],
    source: { evidence: 'F', where: 'Cloudflare\'s Domain Connect documentation and public client tests (TXT api.cloudflare.com/client/v4/dns/domainconnect)', checked: CHECKED },
  },
];
