/**
 * One comparable form per record, computed from the normalized record, so that
 * "is this record already there?" is a string comparison everywhere (checks, fill,
 * zone import). The TTL is left out: it does not change which RRset member a record is.
 */
import { normalizeRecord } from './normalize.js';
import type { DnsRecord } from './types.js';
import { formatRdata } from './zone-file/format.js';

/** `name TYPE rdata` with the rdata in zone-file presentation, e.g. `example.com MX 10 mx1.example.net.`. */
export function comparableKey(record: DnsRecord): string {
  const normalized = normalizeRecord(record);
  return `${normalized.name} ${normalized.type} ${formatRdata(normalized)}`;
}

export function sameRecord(a: DnsRecord, b: DnsRecord): boolean {
  return comparableKey(a) === comparableKey(b);
}
