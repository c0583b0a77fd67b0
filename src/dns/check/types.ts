import type { Localized } from '../../i18n/lang.js';
import type { RecordType } from '../../records/types.js';

export const CHECK_STATUSES = ['ok', 'missing', 'mismatch', 'conflict', 'error'] as const;
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
  results: CheckRow[];
  resolvers: string[];
  /** ISO 8601. */
  checkedAt: string;
}
