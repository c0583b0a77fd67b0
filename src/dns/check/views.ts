import type { Localized } from '../../i18n/lang.js';
import { comparableKey } from '../../records/comparable.js';
import { isSpf, missingSpfRules } from '../../records/spf/index.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/index.js';
import type { DesiredRecord, DesiredSet } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { checkMx } from './mx.js';
import { hiddenCname, proxiedAddress, type Observed } from './proxied.js';
import { row } from './row.js';
import { checkSingle, checkTxt } from './single.js';
import { checkSpf, type SpfLookups } from './spf.js';
import type { CheckRow } from './types.js';
import { type Evidence, type ResolverView, viewOf } from '../evidence.js';
import { resolverMessages } from '../resolver/messages.js';
import { applyStatusTable, type TableResult, type Verdict } from '../status-table.js';

/**
 * The records of one name and type, judged on each resolver's answer apart (an old cached copy
 * pooled with the new zone would invent conflicts), then put together by the status table.
 */

export interface CheckContext {
  set: DesiredSet;
  spfLookups?: SpfLookups;
  /** Another question of the check (the A of a CNAME name, the TXT of a DKIM name). */
  observed: Observed;
}

interface Judged {
  row: CheckRow;
  verdict: Verdict;
  ttl?: number;
}

interface ViewRows {
  desired: Judged[];
  /** Rows about records the set does not want (expected null), with the TTL left on them. */
  extras: { row: CheckRow; ttl?: number }[];
}

function judge(records: DesiredRecord[], evidence: Evidence, context: CheckContext): CheckRow[] {
  if (records[0]!.type === 'MX') return checkMx(records, evidence, context.set.alternatives);
  return records.flatMap((record) => {
    if (record.spf) return checkSpf({ ...record, spf: record.spf }, evidence, context.spfLookups);
    if (record.type === 'TXT') return checkTxt(record, evidence);
    return checkSingle(record, evidence);
  });
}

function judgeView(records: DesiredRecord[], evidence: Evidence, view: ResolverView, context: CheckContext): ViewRows {
  const rows = judge(records, viewOf(evidence, view.records), context);
  const desiredRows = rows.filter((r) => r.expected !== null);
  // Every judge gives one row per desired record, in order; anything else is a bug to hear about.
  if (desiredRows.length !== records.length) throw new Error(`A check of ${evidence.type} ${evidence.name} gave ${desiredRows.length} rows for ${records.length} records.`);
  const extras = rows.filter((r) => r.expected === null);
  // Records the set does not want where a desired one is absent (MX 0 mx.attacker.example alone) are another value, not nothing.
  const unwanted = extras.some((r) => r.status === 'conflict') ? view.records.filter((r) => !records.some((d) => comparableKey(d) === comparableKey(r))) : [];
  return {
    desired: records.map((record, index) => verdictOn(record, desiredRows[index]!, { view, evidence, context, unwanted })),
    extras: extras.map((r) => ({ row: r, ...(view.ttl !== undefined && { ttl: view.ttl }) })),
  };
}

interface ViewFacts {
  view: ResolverView;
  evidence: Evidence;
  context: CheckContext;
  /** The records of this answer the set does not want, when the judge found some to be conflicts. */
  unwanted: DnsRecord[];
}

/** One resolver's verdict on one desired record, from the row its judge wrote (its sentence replaced where the verdict says more). */
function verdictOn(record: DesiredRecord, judged: CheckRow, { view, evidence, context, unwanted }: ViewFacts): Judged {
  const as = (verdict: Verdict, message?: Localized, ttl = view.ttl): Judged => ({
    row: message ? { ...judged, message } : judged,
    verdict,
    ...(ttl !== undefined && { ttl }),
  });
  switch (judged.status) {
    case 'ok':
      return as('ok');
    case 'missing': {
      const hidden = record.type === 'CNAME' ? hiddenCname(record, view.url, context.observed) : undefined;
      if (hidden) return as('proxied', hidden.message, hidden.ttl);
      if (unwanted.length === 0) return as('absent');
      return as('wrong', say.mismatch(record.type, record.name, unwanted.map(formatRdata).join(', '), formatRdata(record)));
    }
    case 'mismatch': {
      const proxied = record.type === 'A' || record.type === 'AAAA' ? proxiedAddress(record, view.records) : undefined;
      if (proxied) return as('proxied', proxied.message, proxied.ttl);
      return as(record.spf && holdsRequiredRules(record, evidence, view) ? 'spf' : 'wrong');
    }
    case 'conflict':
      return as('conflict');
    default:
      // check-spf's "could not verify": a name the policy needs could not be read, within the limit.
      return as('unverified');
  }
}

/** The one SPF policy in place holds the service's rules: a mismatch is then about the policy itself (RFC 7208). */
function holdsRequiredRules(record: DesiredRecord, evidence: Evidence, view: ResolverView): boolean {
  const policies = view.records.filter((r) => r.name === evidence.name && isSpf(r.value));
  return policies.length === 1 && missingSpfRules(policies[0]!.value, record.spf!.rules).length === 0;
}

/** The row the table chose: one resolver's own, or a sentence about the resolvers together. */
function rowFor(result: TableResult, candidates: readonly Judged[], record: DesiredRecord, evidence: Evidence): CheckRow {
  switch (result.row) {
    case 'pending': {
      const stale = candidates.flatMap((c, index) => (c.verdict === 'absent' ? [evidence.views[index]!.url] : []));
      return row(evidence, record, 'pending', say.pending(record.type, record.name, formatRdata(record), stale, result.retryAfterSeconds));
    }
    case 'servfail':
      return row(evidence, record, 'error', say.servfail(evidence.servfail, resolverMessages.rcode('SERVFAIL')));
    case 'unanswered':
      return row(evidence, record, 'error', say.unanswered(evidence.errors));
    default:
      return candidates[result.source!]!.row;
  }
}

const extraKey = (r: CheckRow) => JSON.stringify([r.status, r.message.en, r.notes ?? []]);

/** Rows about the records the set does not want, each said once whichever resolvers answered it. */
function extraRows(views: readonly ViewRows[]): CheckRow[] {
  const byKey = new Map<string, { row: CheckRow; ttls: number[] }>();
  for (const { row: extra, ttl } of views.flatMap((v) => v.extras)) {
    const entry = byKey.get(extraKey(extra)) ?? { row: extra, ttls: [] };
    if (ttl !== undefined) entry.ttls.push(ttl);
    byKey.set(extraKey(extra), entry);
  }
  return [...byKey.values()].map(({ row: extra, ttls }) => {
    const waits = extra.status === 'conflict' || extra.status === 'mismatch';
    return { ...extra, retryAfterSeconds: waits && ttls.length > 0 ? Math.max(...ttls) : null };
  });
}

/** Every row of one name and type: its desired records in the set's order, then the extra records. */
export function rowsOfViews(records: DesiredRecord[], evidence: Evidence, context: CheckContext): CheckRow[] {
  const views = evidence.views.map((view) => judgeView(records, evidence, view, context));
  const rows = records.map((record, index) => {
    const candidates = views.map((v) => v.desired[index]!);
    const result = applyStatusTable({ verdicts: candidates, servfail: evidence.servfail.length > 0 });
    return { ...rowFor(result, candidates, record, evidence), status: result.status, retryAfterSeconds: result.retryAfterSeconds };
  });
  return [...rows, ...extraRows(views)];
}
