import { isRecordType, type DnsRecord, type RecordType } from '../records/types.js';
import { zoneFileRecords } from '../page/zone-table.js';

/**
 * What OVHcloud's two zone editors (the legacy AngularJS manager and the new React one) share:
 * both front the same zone API, so they ask the same fields per type, route by hash the same
 * way and show the same zone-file rows. Their markup stays in their own adapters.
 */

export type OvhZoneField = 'host' | 'ttl' | 'value' | 'priority' | 'weight' | 'port';

/** The fields each type's form asks, in the forms' order. */
export const OVH_ZONE_FIELDS_BY_TYPE: Record<RecordType, readonly OvhZoneField[]> = {
  A: ['host', 'ttl', 'value'],
  AAAA: ['host', 'ttl', 'value'],
  CNAME: ['host', 'ttl', 'value'],
  TXT: ['host', 'ttl', 'value'],
  MX: ['host', 'ttl', 'priority', 'value'],
  SRV: ['host', 'ttl', 'priority', 'weight', 'port', 'value'],
};

/** The domain (first group of `route`, lowercase) and the rest of the hash route (second group). */
export function ovhHashRoute(route: RegExp, url: URL): { domain: string; rest: string } | undefined {
  const match = route.exec(url.hash);
  if (!match) return undefined;
  return { domain: decodeURIComponent(match[1]!).toLowerCase(), rest: match[2] ?? '' };
}

/**
 * One zone row: full domain with its final dot (a bare name is read under the zone), type, TTL
 * (3600 when the row shows none) and the target in zone-file form (`10 mx1.mail.ovh.net.`, `"v=spf1 …"`).
 */
export function ovhZoneRecords(cells: { domain?: string; type?: string; ttl?: string; target?: string }, zone: string): DnsRecord[] {
  const type = cells.type?.toUpperCase() ?? '';
  if (!isRecordType(type) || cells.domain === undefined || cells.target === undefined) return [];
  const ttl = Number(cells.ttl);
  return zoneFileRecords(type, cells.domain, Number.isFinite(ttl) && ttl > 0 ? ttl : 3600, cells.target, zone);
}
