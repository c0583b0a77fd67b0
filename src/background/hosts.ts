import type { DnsHost } from '../dns/dns-host.js';
import { lookUpHost } from '../dns/host-lookup.js';
import type { StorageAreaLike } from '../storage/area.js';
import { loadOptions } from '../storage/options.js';

export interface HostDeps {
  sync: StorageAreaLike;
  fetch: typeof fetch;
  now: () => number;
}

/** A zone's host changes rarely: one lookup per domain serves every opening for a while. */
const KEPT_MS = 10 * 60_000;
/** The popup waits on it at open: a slow resolver must not hold the notice for the check's whole deadline. */
const DEADLINE_MS = 4000;

/**
 * Who serves a domain's zone, looked up when the popup opens for it (name servers and SOA over
 * DoH, no Domain Connect: its hosts are only asked once the user allowed them). Lookups that
 * failed are not kept, so the next opening asks again.
 */
export function createHosts(deps: HostDeps) {
  const kept = new Map<string, { at: number; host: Promise<DnsHost | null> }>();
  return function hostOf(domain: string): Promise<DnsHost | null> {
    const key = domain.toLowerCase();
    const entry = kept.get(key);
    if (entry && deps.now() - entry.at < KEPT_MS) return entry.host;
    const host = loadOptions(deps.sync)
      .then((options) => lookUpHost({ domain: key, resolvers: options.resolvers, fetch: deps.fetch, deadlineMs: DEADLINE_MS }))
      .then((report) => report.dnsHost);
    kept.set(key, { at: deps.now(), host });
    host.catch(() => kept.delete(key));
    return host;
  };
}
