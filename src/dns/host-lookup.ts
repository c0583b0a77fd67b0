import type { DohFetch } from './doh.js';
import { lookUpZone, type ZoneLookup } from './nameservers.js';
import { createResolver } from './resolver/resolver.js';
import { DEFAULT_DEADLINE_MS } from './types.js';
import type { DomainConnectAccess } from './domain-connect/discover.js';
import { identifyZoneHost, type ZoneHost } from './zone-host.js';

export interface HostLookupInput {
  domain: string;
  resolvers: readonly string[];
  fetch: DohFetch;
  timeoutMs?: number;
  deadlineMs?: number;
  /** Domain Connect discovery is only done when given. */
  domainConnect?: DomainConnectAccess;
}

export interface HostReport extends ZoneHost {
  domain: string;
  zone: string;
  nameservers: string[];
  existence: ZoneLookup['existence'];
}

/** Who serves the zone of `domain`: one round trip of DNS questions, then Domain Connect within the deadline. */
export async function lookUpHost(input: HostLookupInput): Promise<HostReport> {
  const deadlineMs = input.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = Date.now() + deadlineMs;
  const resolver = createResolver({ resolvers: input.resolvers, fetch: input.fetch, ...(input.timeoutMs && { timeoutMs: input.timeoutMs }), deadlineMs });
  const lookup = await lookUpZone(input.domain, (question) => resolver.ask(question), { domainConnect: input.domainConnect !== undefined });
  const host = await identifyZoneHost(lookup, input.domainConnect, deadlineAt - Date.now());
  return { domain: input.domain, zone: lookup.zone, nameservers: lookup.nameservers, existence: lookup.existence, ...host };
}
