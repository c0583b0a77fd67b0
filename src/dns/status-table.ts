import type { CheckStatus } from './check/types.js';

/**
 * The one status table of a check (issue 11). Each resolver that answered gives its own verdict
 * on a desired record, judged on the zone as that resolver sees it; this table puts the verdicts
 * together, first matching row wins. Pure, so the order can be tested on every combination.
 */

/** What one resolver's answer says about one desired record. */
export type Verdict =
  /** Another value than the desired one (even if another resolver has the right one). */
  | 'wrong'
  /** An extra record breaks the set (a second SPF, a CNAME where other data must live). */
  | 'conflict'
  /** The SPF policy holds the service's rules but receivers would reject it (lookups, loop, syntax). */
  | 'spf'
  /** A Cloudflare proxy address where a CNAME or the service's address belongs, or a flattened DKIM CNAME. */
  | 'proxied'
  /** NXDOMAIN or NODATA, or the record is not among the answers. */
  | 'absent'
  /** In place, but the SPF include chain could not be read, so the lookup count is only a lower bound (≤ 10). */
  | 'unverified'
  | 'ok';

export interface ResolverVerdict {
  verdict: Verdict;
  /** The TTL left on what this resolver answered, or its negative-cache time when it had nothing. */
  ttl?: number;
}

export interface TableInput {
  /** One verdict per resolver that answered (NOERROR or NXDOMAIN), in resolver order. */
  verdicts: readonly ResolverVerdict[];
  /** A resolver answered SERVFAIL for the name. */
  servfail: boolean;
}

/** Which row of the table matched: the check builds the row's sentence from it. */
export type TableRow = 'wrong' | 'conflict' | 'spf' | 'proxied' | 'missing' | 'pending' | 'servfail' | 'unverified' | 'unanswered' | 'ok';

export interface TableResult {
  row: TableRow;
  status: CheckStatus;
  /** The first verdict that made the row match (its sentence is the row's); undefined for rows about the set as a whole. */
  source?: number;
  retryAfterSeconds: number | null;
}

const has = (input: TableInput, verdict: Verdict) => input.verdicts.some((v) => v.verdict === verdict);

/** Top to bottom, as the issue states it; the first row whose condition holds wins. */
export const STATUS_TABLE: readonly { row: TableRow; status: CheckStatus; when: (input: TableInput) => boolean }[] = [
  { row: 'wrong', status: 'mismatch', when: (input) => has(input, 'wrong') },
  { row: 'conflict', status: 'conflict', when: (input) => has(input, 'conflict') },
  { row: 'spf', status: 'mismatch', when: (input) => has(input, 'spf') },
  { row: 'proxied', status: 'mismatch', when: (input) => has(input, 'proxied') },
  { row: 'missing', status: 'missing', when: (input) => input.verdicts.length > 0 && input.verdicts.every((v) => v.verdict === 'absent') },
  { row: 'pending', status: 'pending', when: (input) => has(input, 'absent') },
  { row: 'servfail', status: 'error', when: (input) => input.servfail && input.verdicts.length > 0 },
  { row: 'unverified', status: 'error', when: (input) => has(input, 'unverified') },
  { row: 'unanswered', status: 'error', when: (input) => input.verdicts.length === 0 },
  { row: 'ok', status: 'ok', when: () => true },
];

/** Rows whose sentence is one resolver's own: the first verdict that matched supplies it. */
const SOURCE_VERDICT: Partial<Record<TableRow, Verdict>> = {
  wrong: 'wrong', conflict: 'conflict', spf: 'spf', proxied: 'proxied', missing: 'absent', pending: 'absent', unverified: 'unverified', ok: 'ok',
};

export function applyStatusTable(input: TableInput): TableResult {
  const { row, status } = STATUS_TABLE.find((entry) => entry.when(input))!;
  const verdict = SOURCE_VERDICT[row];
  const source = verdict === undefined ? undefined : input.verdicts.findIndex((v) => v.verdict === verdict);
  return { row, status, ...(source !== undefined && { source }), retryAfterSeconds: retryAfter(input, status, verdict) };
}

/**
 * When a new check can show a change: for a record not seen (yet), the longest time a resolver
 * may keep its "nothing here"; for a wrong or conflicting one, the longest TTL left on the old
 * answer. Nothing to wait for on ok, and no time to promise on error.
 */
function retryAfter(input: TableInput, status: CheckStatus, verdict: Verdict | undefined): number | null {
  if (status === 'ok' || status === 'error' || verdict === undefined) return null;
  const ttls = input.verdicts.filter((v) => v.verdict === verdict && v.ttl !== undefined).map((v) => Math.round(v.ttl!));
  return ttls.length > 0 ? Math.max(...ttls) : null;
}
