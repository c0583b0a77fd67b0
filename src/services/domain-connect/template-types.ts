/**
 * A Domain Connect service template as the spec defines it (Domain-Connect/spec, "Template
 * Definition" and "Template Record"), after parse-template.ts checked every field's type.
 * Only the fields this tool reads or writes are kept.
 */

/** TTL, priority, weight, port: an integer, or text holding digits or one `%variable%`. */
export type DcNumber = number | string;

export type TxtConflictMode = 'None' | 'All' | 'Prefix';

export interface DcRecord {
  /** Upper-case: A, AAAA, CNAME, MX, TXT, SRV, SPFM, NS, REDIR301, … */
  type: string;
  groupId?: string;
  essential?: 'Always' | 'OnApply';
  /** Relative to `[host.]domain` unless it ends in a dot; `@` or empty is `[host.]domain` itself. */
  host?: string;
  /** Always absolute (spec: "Any domain in a pointsTo field … must be considered fully qualified"). */
  pointsTo?: string;
  data?: string;
  ttl?: DcNumber;
  priority?: DcNumber;
  txtConflictMatchingMode?: TxtConflictMode;
  txtConflictMatchingPrefix?: string;
  spfRules?: string;
  /** SRV: `name` is the owner below `[host.]domain`, `service`/`protocol` go before it. */
  name?: string;
  service?: string;
  protocol?: string;
  target?: string;
  weight?: DcNumber;
  port?: DcNumber;
}

export interface DcTemplate {
  providerId: string;
  providerName: string;
  serviceId: string;
  serviceName: string;
  version?: number;
  description?: string;
  variableDescription?: string;
  syncPubKeyDomain?: string;
  syncRedirectDomain?: string;
  syncBlock?: boolean;
  hostRequired?: boolean;
  multiInstance?: boolean;
  warnPhishing?: boolean;
  shared?: boolean;
  sharedProviderName?: boolean;
  logoUrl?: string;
  records: DcRecord[];
}

/** The record types this tool writes; a template's other types (NS, REDIR…) must be left out by group. */
export const APPLIED_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'SPFM'] as const;

/** `%host%`, `%domain%`, `%fqdn%`: given by the application itself, never by the user (spec "Variables"). */
export const BUILT_IN_VARIABLES = ['host', 'domain', 'fqdn'] as const;
