import { getDomain } from 'tldts';
import { DOMAIN_CONNECT_PROVIDERS } from '../hosts/domain-connect-hosts.js';
import { dnsPageFor, findHost, hostForNameservers } from '../hosts/match.js';
import type { Discovery } from './domain-connect/discover.js';

/** How the host was told: a Domain Connect answer outranks a name-server pattern, which outranks the SOA. */
export type DnsHostSource = 'nameservers' | 'soa' | 'domain-connect';

/** Who serves the zone: where the records that the world sees are edited. The CLI's JSON `dnsHost`. */
export interface DnsHost {
  /** A known host's id (`cloudflare`), `dc:<providerId>` for an unknown Domain Connect provider, or null. */
  id: string | null;
  name: string;
  /** The host's DNS page for the zone, when one is known. */
  dnsPage: string | null;
  source: DnsHostSource;
}

export interface ZoneHostFacts {
  zone: string;
  nameservers: readonly string[];
  /** The SOA's primary server (MNAME). */
  soaPrimary?: string;
  domainConnect?: Discovery;
}

/** Null only when neither the name servers nor the SOA could be read. */
export function describeDnsHost(facts: ZoneHostFacts): DnsHost | null {
  if (facts.domainConnect?.kind === 'found') return fromDomainConnect(facts.zone, facts.domainConnect);
  const known = hostForNameservers(facts.nameservers);
  if (known) return { id: known.id, name: known.name, dnsPage: dnsPageFor(known, facts.zone) ?? null, source: 'nameservers' };
  if (facts.soaPrimary) return { id: null, name: registrable(facts.soaPrimary), dnsPage: null, source: 'soa' };
  // Unknown name servers and no SOA: their own domain is the best name there is.
  const first = facts.nameservers[0];
  return first === undefined ? null : { id: null, name: registrable(first), dnsPage: null, source: 'nameservers' };
}

function fromDomainConnect(zone: string, discovery: Extract<Discovery, { kind: 'found' }>): DnsHost {
  const { settings } = discovery;
  const providerId = settings.providerId.toLowerCase();
  const provider = DOMAIN_CONNECT_PROVIDERS.find((p) => p.providerIds.includes(providerId));
  const known = provider && findHost(provider.hostId);
  const page = settings.urlControlPanel?.replaceAll(/%domain%/gi, encodeURIComponent(zone));
  return {
    id: known?.id ?? `dc:${settings.providerId}`,
    name: settings.providerDisplayName ?? settings.providerName,
    dnsPage: page && /^https:\/\/[^/@\s]+(\/\S*)?$/i.test(page) ? page : (known && dnsPageFor(known, zone)) ?? null,
    source: 'domain-connect',
  };
}

function registrable(name: string): string {
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}
