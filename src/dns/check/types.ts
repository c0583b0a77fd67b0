import type { Localized } from '../../i18n/lang.js';
import type { RecordType } from '../../records/types.js';
import type { DnsHost } from '../dns-host.js';
import type { Discovery } from '../domain-connect/discover.js';
import type { ZoneHost } from '../zone-host.js';

/**
 * `pending`: some resolver already answers the record, another still holds a cached "no such
 * record" (NXDOMAIN/NODATA) or an older answer without it. The order is the summary's order.
 */
export const CHECK_STATUSES = ['ok', 'missing', 'mismatch', 'conflict', 'pending', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** One row of a check: a desired record, or an extra record in the zone that conflicts. */
export interface CheckRow {
  type: RecordType;
  /** FQDN without final dot. */
  name: string;
  /** The desired rdata in zone-file presentation; null on a conflicting extra record. */
  expected: string | null;
  /** Union of the rdata (zone-file presentation) all resolvers returned for this name and type. */
  found: string[];
  /** Per resolver URL: its rdata list, or the error that kept it from answering (in English: the CLI's JSON). */
  byResolver: Record<string, string[] | { error: string }>;
  /**
   * Per resolver URL that failed: the same error in every language, for user text (the report,
   * the popup). Absent when every resolver answered, and in reports stored by older versions.
   */
  errorTexts?: Record<string, Localized>;
  status: CheckStatus;
  /** What to do, in every language. */
  message: Localized;
  /** Longest TTL seen: how long an old cached answer may persist after a fix (seconds). */
  ttl?: number;
  /**
   * When checking again can show a change (whole seconds), or null (`ok`, `error`): for `missing`
   * and `pending` the longest negative-cache time a resolver reported (RFC 2308), for `mismatch`
   * and `conflict` the TTL left on the old answer. Absent in reports stored by older versions.
   */
  retryAfterSeconds?: number | null;
  /** Extra information that does not change the status (panel MX set, SPF lookup warnings…). */
  notes?: Localized[];
  /** Resolvers returned different answers (propagation in progress). */
  resolversDisagree?: boolean;
  /** DNSSEC: every answering resolver set the AD flag. */
  authenticated?: boolean;
}

export interface CheckReport {
  domain: string;
  service: string;
  /** The zone's authoritative name servers (where the zone is edited), without final dot. */
  nameservers: string[];
  /** The zone holding the domain (absent in reports stored by older versions). */
  zone?: string;
  /** Who serves the zone; null when neither its NS nor its SOA could be read (absent in older reports). */
  dnsHost?: DnsHost | null;
  /** What the zone's Domain Connect provider said, when it was asked. */
  domainConnect?: Discovery;
  /** Whether that provider holds the service's Domain Connect template, when it was asked. */
  templateSupport?: ZoneHost['templateSupport'];
  results: CheckRow[];
  /** The resolver URLs asked, then `ns:<name>` for each of the zone's own name servers asked (check --authoritative). */
  resolvers: string[];
  /** ISO 8601. */
  checkedAt: string;
}
