import type { Localized } from '../i18n/lang.js';
import type { ZoneName } from '../records/names/zone-name.js';
import type { DnsRecord } from '../records/types.js';

/** A record a service wants in the zone, expanded from its template for one domain. */
export interface DesiredRecord extends DnsRecord {
  source: string;
  groupId?: string;
  essential?: 'Always' | 'OnApply';
  note?: Localized;
  /** SPF TXT only: the rules the services require and the `all` they recommend (merge input). */
  spf?: { rules: string[]; all: string };
  /**
   * TXT from a Domain Connect template: which other TXT records at the name stand against it
   * (`txtConflictMatchingMode` All or Prefix). Absent: the tag rule of dns/check-single.ts.
   */
  txtConflict?: TxtConflict;
}

export type TxtConflict = { mode: 'All' } | { mode: 'Prefix'; prefix: string };

export type ExpandResult = { ok: true; set: DesiredSet } | { ok: false; problems: Localized[] };

/** Everything one service needs in one zone, ready to print, fill in or check. */
export interface DesiredSet {
  domain: ZoneName;
  serviceId: string;
  /** The variables after defaults and normalization (token without -check, MS= prefix…). */
  vars: Record<string, string>;
  records: DesiredRecord[];
  /** Record sets that also satisfy a group (the control panel's own MX set). */
  alternatives: { groupId: string; note: Localized; records: DnsRecord[] }[];
}

/** A setup as users, share codes and URLs carry it. */
export interface Setup {
  domain: string;
  service: string;
  vars: Record<string, string>;
}
