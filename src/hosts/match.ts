import { KNOWN_HOSTS } from './known-hosts.js';
import type { DnsHostEntry } from './types.js';
import { nameKey } from '../records/names/name-key.js';

/** A name of at most 253 characters: each label is compared once, in linear time. */
function labelMatches(glob: string, label: string): boolean {
  const parts = glob.split('*');
  if (parts.length === 1) return glob === label;
  if (!/^[a-z0-9-]*$/.test(label)) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (label.length < first.length + last.length || !label.startsWith(first) || !label.endsWith(last)) return false;
  // Middle pieces in order, each at its leftmost place: enough for `*` within one label.
  let at = first.length;
  const end = label.length - last.length;
  for (const piece of parts.slice(1, -1)) {
    const found = label.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** `ns-12.awsdns-34.co.uk` against `ns-*.awsdns-*.co.uk`: same number of labels, each matching. */
export function nameserverMatches(glob: string, nameserver: string): boolean {
  const globLabels = glob.split('.');
  const labels = nameKey(nameserver).split('.');
  return globLabels.length === labels.length && globLabels.every((g, i) => labelMatches(g, labels[i]!));
}

/**
 * The host that serves a zone with these name servers: the one most of them belong to (a zone
 * can list a secondary provider beside its primary), the catalog's first on a tie; undefined when none is known.
 */
export function hostForNameservers(nameservers: readonly string[], hosts: readonly DnsHostEntry[] = KNOWN_HOSTS): DnsHostEntry | undefined {
  if (hosts !== KNOWN_HOSTS) return bestHost(nameservers, hosts);
  // The catalog's answer, by name-server set: a fleet's domains share a few sets, and matching one
  // against every pattern of the catalog costs more than the rest of naming the host.
  const key = nameservers.join(' ');
  if (knownHostBySet.has(key)) return knownHostBySet.get(key);
  if (knownHostBySet.size >= MAX_REMEMBERED_SETS) knownHostBySet.clear();
  const host = bestHost(nameservers, hosts);
  knownHostBySet.set(key, host);
  return host;
}

const knownHostBySet = new Map<string, DnsHostEntry | undefined>();
const MAX_REMEMBERED_SETS = 1024;

function bestHost(nameservers: readonly string[], hosts: readonly DnsHostEntry[]): DnsHostEntry | undefined {
  let best: { host: DnsHostEntry; count: number } | undefined;
  for (const host of hosts) {
    const count = nameservers.filter((ns) => host.nameservers.some((glob) => nameserverMatches(glob, ns))).length;
    if (count > 0 && (best === undefined || count > best.count)) best = { host, count };
  }
  return best?.host;
}

export function findHost(id: string): DnsHostEntry | undefined {
  return KNOWN_HOSTS.find((host) => host.id === id);
}

/** The page's address for the zone; undefined for a host without one. The domain is punycode already. */
export function dnsPageFor(host: DnsHostEntry, zone: string): string | undefined {
  return host.dnsPage?.url.replaceAll('{domain}', encodeURIComponent(zone));
}
