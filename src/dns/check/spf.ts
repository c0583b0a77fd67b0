import type { Localized } from '../../i18n/lang.js';
import { mergeSpfRecords, missingSpfRules, rankSpfRecords } from '../../records/spf/index.js';
import type { DesiredRecord } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { row } from './row.js';
import type { CheckRow } from './types.js';
import type { Evidence } from '../evidence.js';

/** What expanding the SPF policy's includes found (run-check.ts gathers it; absent = not expanded). */
export interface SpfLookups {
  count: number;
  /** Targets that could not be read, loops, macros…: never a change of status. */
  warnings: Localized[];
  /** Some include or redirect could not be fetched: the count is a lower bound. */
  incomplete: boolean;
  /** Which policy was counted: the one in place, or the merged one the row recommends. */
  counted: 'in-place' | 'merged';
  /** The count is over RFC 7208's limit of 10: the sentence saying so. */
  overLimit?: Localized;
}

/** The row's sentence followed by the expansion's warnings (issue 2: warnings live in the message). */
function told(message: Localized, extra: Localized[]): Localized {
  return {
    en: [message.en, ...extra.map((w) => w.en)].join(' '),
    fr: [message.fr, ...extra.map((w) => w.fr)].join(' '),
  };
}

/**
 * One SPF policy per name (RFC 7208 §3.2): the desired row compares the required rules with the
 * policy in place; with several, it names the one to keep (rankSpfRecords' rule) and each other
 * policy is a conflict row of its own, in that same order. Lookup warnings never change
 * the status; a complete count over the limit of 10 does, since receivers then reject SPF, and a
 * recommended merge over the limit says so instead of being suggested silently.
 */
export function checkSpf(desired: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, evidence: Evidence, lookups?: SpfLookups): CheckRow[] {
  const { rules, all } = desired.spf;
  // The record to keep first: a stated rule on their content, never the order resolvers gave them in.
  const policies = rankSpfRecords(evidence.records.map((r) => r.value), rules);
  const merged = mergeSpfRecords(policies, rules, { defaultAll: all });
  const overLimit = lookups && !lookups.incomplete ? lookups.overLimit : undefined;
  const extra = [...(lookups?.warnings ?? [])];
  if (overLimit && lookups?.counted === 'merged') extra.unshift(say.spfMergedOverLimit(lookups.count));
  const [first, ...others] = policies;
  // Where the zone already has a policy, what it should hold is the merge, not the service's bare record.
  const recommended = { ...desired, value: merged };
  if (!first) {
    return [row(evidence, desired, 'missing', told(say.missing('TXT', desired.name, `"${desired.value}"`), extra))];
  }
  if (others.length > 0) {
    return [
      row(evidence, recommended, 'conflict', told(say.spfSeveral(desired.name, policies.length, first, merged), extra)),
      ...others.map((other) => row(evidence, null, 'conflict', say.spfExtra(desired.name, first, merged), [say.spfExtraRecord(desired.name, other)])),
    ];
  }
  const missing = missingSpfRules(first, rules);
  if (missing.length > 0) {
    return [row(evidence, recommended, 'mismatch', told(say.spfMissingRules(desired.name, missing, merged), extra))];
  }
  if (overLimit) return [row(evidence, desired, 'mismatch', told(overLimit, extra))];
  return [row(evidence, desired, 'ok', told(say.ok(), extra))];
}
