import { parseIPv4, parseIPv6 } from '../records/ip-address.js';
import type { DnsRecord } from '../records/types.js';
import { CLOUDFLARE_RANGES } from './cloudflare-ranges.js';

/**
 * Is an answer Cloudflare's proxy speaking instead of the zone's record? A name set to
 * "Proxied" in Cloudflare answers A/AAAA with Cloudflare's own addresses and hides its CNAME,
 * which breaks names mail clients and services must reach directly. Pure.
 */

interface Network {
  /** Octets (IPv4) or 16-bit groups (IPv6) of the network address. */
  units: number[];
  prefix: number;
}

const UNIT_BITS = { ipv4: 8, ipv6: 16 } as const;

function network(text: string, parse: (address: string) => number[] | undefined): Network {
  const [address = '', prefix = ''] = text.split('/');
  const units = parse(address);
  // The list is our own data: a typo in it must fail the first test run, not match nothing quietly.
  if (!units || !/^\d+$/.test(prefix)) throw new Error(`Invalid network in CLOUDFLARE_RANGES: ${text}`);
  return { units, prefix: Number(prefix) };
}

const NETWORKS = {
  ipv4: CLOUDFLARE_RANGES.ipv4.map((text) => network(text, parseIPv4)),
  ipv6: CLOUDFLARE_RANGES.ipv6.map((text) => network(text, parseIPv6)),
};

function contains(net: Network, units: readonly number[], unitBits: number): boolean {
  for (let index = 0, left = net.prefix; left > 0; index++, left -= unitBits) {
    const bits = Math.min(unitBits, left);
    const mask = ((1 << bits) - 1) << (unitBits - bits);
    if (((units[index] ?? 0) & mask) !== ((net.units[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** An IPv4 or IPv6 address (as text) inside Cloudflare's published ranges. */
export function isCloudflareAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4) return NETWORKS.ipv4.some((net) => contains(net, v4, UNIT_BITS.ipv4));
  const v6 = parseIPv6(address);
  return v6 !== undefined && NETWORKS.ipv6.some((net) => contains(net, v6, UNIT_BITS.ipv6));
}

/** Address records that are all Cloudflare's (at least one): what a proxied name answers. */
export function allCloudflareAddresses(records: readonly DnsRecord[]): boolean {
  const addresses = records.filter((r) => r.type === 'A' || r.type === 'AAAA');
  return addresses.length > 0 && addresses.length === records.length && addresses.every((r) => isCloudflareAddress(r.value));
}
