import type { Localized } from '../i18n/lang.js';
import type { ExpandResult } from './desired.js';
import type { DcTemplate } from './domain-connect/template-types.js';

/**
 * A service template in the Domain Connect vocabulary (type, host, pointsTo, data,
 * priority, ttl, SRV service/protocol/name/weight/port/target, SPFM + spfRules,
 * %variables%, groupId, essential). Hosts are relative to the zone (`@` = apex);
 * values ending in a dot are absolute, others are relative to the zone.
 *
 * Two additions of ours, kept small:
 * - `when`: the record applies only when a variable has one of the listed values
 *   (e.g. the region's MX set);
 * - `source`: where the fact comes from (guide path or seed), required on every record.
 * A record whose %variables% include an optional variable left empty is omitted
 * (that is how "CNAME <token>-check when the token is known" is written).
 */
interface TemplateBase {
  source: string;
  groupId?: string;
  /** Domain Connect: `Always` records must stay; `OnApply` may be removed by the user later. */
  essential?: 'Always' | 'OnApply';
  ttl?: number;
  when?: Record<string, readonly string[]>;
  /** Shown beside the record (why it is there). */
  note?: Localized;
}

export type TemplateRecord = TemplateBase &
  (
    | { type: 'A' | 'AAAA' | 'CNAME'; host: string; pointsTo: string }
    | { type: 'MX'; host: string; pointsTo: string; priority: number }
    | { type: 'TXT'; host: string; data: string }
    | {
        type: 'SRV';
        /** `_autodiscover` */
        service: string;
        /** `_tcp` */
        protocol: string;
        /** The owner below the zone, `@` for the apex. */
        name: string;
        priority: number;
        weight: number;
        port: number;
        target: string;
      }
    | {
        /** An SPF fragment: all SPFM of a host merge into one TXT `v=spf1 … <all>`. */
        type: 'SPFM';
        host: string;
        spfRules: string;
        /** The `all` term this service recommends when it writes a new policy. */
        spfAll?: '~all' | '-all' | '?all';
      }
  );

/** What a variable holds; each kind has one validator and one normalizer (variables.ts). */
export type VariableKind =
  | 'hostname'
  /** Microsoft 365 hosts: a host name of one of the forms microsoft-365-hosts.ts lists. */
  | 'm365-mx'
  | 'm365-dkim-target'
  | 'relative-or-absolute-name'
  | 'ipv4'
  | 'ipv6'
  | 'token'
  | 'region'
  | 'ms-verify'
  | 'dkim-selector'
  | 'dmarc'
  /** Free text (a Domain Connect template's variable): no control characters, bounded length. */
  | 'text';

export interface VariableSpec {
  name: string;
  /** What the form calls it (the name stays the public id, shown beside it). */
  label: Localized;
  kind: VariableKind;
  required: boolean;
  description: Localized;
  example: string;
  default?: string;
}

/**
 * Another record set that satisfies a group of the guide's records. When a zone holds
 * every record of an alternative, the group's rows read `ok` with its note, and none
 * of its records is ever a conflict (e.g. the control panel's own 4-record MX set).
 */
export interface AlternativeSet {
  groupId: string;
  note: Localized;
  records: TemplateRecord[];
}

export interface ServiceTemplate {
  id: string;
  /** The product's name, as its vendor writes it (the CLI's JSON `name`). */
  name: string;
  /** The name in each language where it says more than a brand ("Exchange Server (on-premises)"). */
  localName?: Localized;
  provider: string;
  /** The vendor's domain: the default Domain Connect `providerId` of an exported template. */
  providerDomain: string;
  description: Localized;
  variables: VariableSpec[];
  records: TemplateRecord[];
  alternatives?: AlternativeSet[];
  /** An imported Domain Connect template: expanded by applyTemplate, not from `records`. */
  domainConnect?: DcTemplate;
  /**
   * How an imported template expands (applyTemplate, bound to it): carried by the service so the
   * template engine loads only where templates are imported, not in every popup's first chunks.
   */
  expandTemplate?: (domain: string, vars: Record<string, string>) => ExpandResult;
}
