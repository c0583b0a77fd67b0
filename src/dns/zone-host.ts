import { describeDnsHost, type DnsHost } from './dns-host.js';
import { discoverDomainConnect, DOMAIN_CONNECT_TIMEOUT_MS, type DomainConnectAccess, type Discovery } from './domain-connect/discover.js';
import type { TemplateRef } from '../services/domain-connect/official-template.js';
import type { ZoneLookup } from './nameservers.js';
import { probeTemplate } from './domain-connect/probe.js';

export interface ZoneHost {
  dnsHost: DnsHost | null;
  /** Absent when discovery was not allowed (the extension before the user grants it). */
  domainConnect?: Discovery;
  /** Whether the provider holds the service's Domain Connect template (absent when not asked or not known). */
  templateSupport?: { template: TemplateRef; supported: boolean };
}

/**
 * Names the host of a zone already looked up: Domain Connect first when allowed (at most 3 s,
 * and never past the caller's deadline), then the name servers, then the SOA.
 */
export async function identifyZoneHost(lookup: ZoneLookup, access: DomainConnectAccess | undefined, timeLeftMs: number, template?: TemplateRef): Promise<ZoneHost> {
  const startedAt = Date.now();
  const budget = Math.min(DOMAIN_CONNECT_TIMEOUT_MS, timeLeftMs);
  const domainConnect = access && budget > 0 ? await discoverDomainConnect(lookup.zone, lookup.domainConnectTxt, access, budget) : undefined;
  const facts = { zone: lookup.zone, nameservers: lookup.nameservers, ...(lookup.soa && { soaPrimary: lookup.soa.primary }), ...(domainConnect && { domainConnect }) };
  const host: ZoneHost = { dnsHost: describeDnsHost(facts), ...(domainConnect && { domainConnect }) };
  // The probe shares Domain Connect's 3 s: what discovery left of it.
  const left = budget - (Date.now() - startedAt);
  if (access && template && domainConnect?.kind === 'found' && left > 0) {
    const supported = await probeTemplate(domainConnect.settings, template, access, left);
    if (supported !== undefined) host.templateSupport = { template, supported };
  }
  return host;
}
