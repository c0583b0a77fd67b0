import type { Localized } from '../../i18n/lang.js';
import { isPermerror, mergeSpfRecords, missingSpfRules, parseSpf, rankSpfRecords, SPF_LOOKUP_LIMIT, type SpfLookupCount } from '../../records/spf/index.js';
import type { DesiredRecord } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { row } from './row.js';
import { checkSpfMessages } from './spf-messages.js';
import type { CheckRow } from './types.js';
import type { Evidence } from '../evidence.js';

/** What following the SPF policy found (run-check.ts gathers it; absent = not expanded). */
export type SpfLookups = Omit<SpfLookupCount, 'includes'> & {
  /** Which policy was counted: the one in place, or the merged one the row recommends. */
  counted: 'in-place' | 'merged';
};

/**
 * What receivers make of one published SPF policy, issue 11's SPF rows of the status table:
 * - `mismatch`: receivers reject it (permerror): a syntax error, a bad domain-spec or macro, a
 *   CR/LF, a lower bound over 10 lookups, more than 2 void lookups, an `mx` over 10 MX records, a
 *   loop, an include without SPF. `term` is the term to change (the first found), `message` says
 *   every such problem.
 * - `error`: a name it needs could not be read and the lookups counted stay within the limit.
 * - `ok`: neither (warnings such as a macro not followed do not change it).
 */
export type SpfVerdict = { status: 'ok' } | { status: 'mismatch'; term: string; message: Localized } | { status: 'error'; message: Localized };

export function spfVerdict(policy: string, lookups?: SpfLookups): SpfVerdict {
  const problems = [...parseSpf(policy).problems.filter(isPermerror), ...(lookups?.problems ?? [])];
  const [first] = problems;
  if (first) return { status: 'mismatch', term: first.term, message: sentences(problems.map((p) => p.message)) };
  if (lookups?.incomplete) return { status: 'error', message: checkSpfMessages.unverified(lookups.count, SPF_LOOKUP_LIMIT) };
  return { status: 'ok' };
}

function sentences(parts: Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(' '), fr: parts.map((p) => p.fr).join(' ') };
}

/** The row's sentence followed by the expansion's warnings (issue 2: warnings live in the message). */
function told(message: Localized, extra: Localized[]): Localized {
  return sentences([message, ...extra]);
}

/**
 * One SPF policy per name (RFC 7208 §3.2): the desired row compares the required rules with the
 * policy in place; with several, it names the one to keep (rankSpfRecords' rule) and each other
 * policy is a conflict row of its own, in that same order. Then spfVerdict: a policy receivers
 * reject is a mismatch naming the term, one that could not be verified an error.
 */
export function checkSpf(desired: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, evidence: Evidence, lookups?: SpfLookups): CheckRow[] {
  const { rules, all } = desired.spf;
  // The record to keep first: a stated rule on their content, never the order resolvers gave them in.
  const policies = rankSpfRecords(evidence.records.map((r) => r.value), rules);
  const merged = mergeSpfRecords(policies, rules, { defaultAll: all });
  const warnings = lookups?.warnings ?? [];
  const [first, ...others] = policies;
  // Where the zone already has a policy, what it should hold is the merge, not the service's bare record.
  const recommended = { ...desired, value: merged };
  if (!first) {
    return [row(evidence, desired, 'missing', told(say.missing('TXT', desired.name, `"${desired.value}"`), warnings))];
  }
  if (others.length > 0) {
    return [
      row(evidence, recommended, 'conflict', told(say.spfSeveral(desired.name, policies.length, first, merged), warnings)),
      ...others.map((other) => row(evidence, null, 'conflict', say.spfExtra(desired.name, first, merged), [say.spfExtraRecord(desired.name, other)])),
    ];
  }
  const missing = missingSpfRules(first, rules);
  if (missing.length > 0) {
    // The merge keeps the policy's terms: what makes receivers reject it must be fixed as well.
    const mergedOverLimit = lookups?.counted === 'merged' ? lookups.overLimit : undefined;
    const rejected = [...parseSpf(first).problems.filter(isPermerror), ...(lookups?.problems ?? [])].filter((p) => p !== mergedOverLimit);
    const extra = [...(mergedOverLimit && lookups ? [say.spfMergedOverLimit(lookups.count)] : []), ...rejected.map((p) => p.message), ...warnings];
    return [row(evidence, recommended, 'mismatch', told(say.spfMissingRules(desired.name, missing, merged), extra))];
  }
  const verdict = spfVerdict(first, lookups);
  const message = verdict.status === 'ok' ? say.ok() : verdict.message;
  return [row(evidence, desired, verdict.status, told(message, warnings))];
}
