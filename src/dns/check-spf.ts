import type { Localized } from '../i18n/lang.js';
import { isSpf, mergeSpfRecords, missingSpfRules } from '../records/spf.js';
import type { DesiredRecord } from '../services/desired.js';
import { checkMessages as say } from './check-messages.js';
import { row } from './check-row.js';
import type { CheckRow } from './check-types.js';
import type { Evidence } from './evidence.js';

/** What expanding the SPF policy's includes found (run-check.ts gathers it; absent = not expanded). */
export interface SpfLookups {
  count: number;
  warnings: Localized[];
  /** Some include or redirect could not be fetched: the count is a lower bound. */
  incomplete: boolean;
}

/**
 * One SPF policy per name (RFC 7208 §3.2): the desired row compares the required rules with the
 * policy in place; a second policy is a conflict row of its own. Lookup warnings never change
 * the status, except a complete count over the limit of 10, which makes SPF fail at receivers.
 */
export function checkSpf(desired: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, evidence: Evidence, lookups?: SpfLookups): CheckRow[] {
  const policies = evidence.records.filter((r) => isSpf(r.value));
  const notes = lookups?.warnings ?? [];
  const { rules, all } = desired.spf;
  const merged = mergeSpfRecords(policies.map((p) => p.value), rules, { defaultAll: all });
  const [first, ...others] = policies;
  if (!first) {
    return [row(evidence, desired, 'missing', say.missing('TXT', desired.name, `"${desired.value}"`), notes)];
  }
  if (others.length > 0) {
    return [
      row(evidence, desired, 'conflict', say.spfSeveral(desired.name, policies.length, merged), notes),
      ...others.map((other) => row(evidence, null, 'conflict', say.spfExtra(desired.name, merged), [{ en: other.value, fr: other.value }])),
    ];
  }
  const missing = missingSpfRules(first.value, rules);
  if (missing.length > 0) {
    return [row(evidence, desired, 'mismatch', say.spfMissingRules(desired.name, missing, merged), notes)];
  }
  if (lookups && !lookups.incomplete && lookups.count > 10) {
    // The over-limit sentence becomes the message; the other warnings stay as notes.
    const overLimit = notes.find((n) => /the limit is 10/.test(n.en)) ?? say.spfTooManyLookups(lookups.count);
    return [row(evidence, desired, 'mismatch', overLimit, notes.filter((n) => n !== overLimit))];
  }
  return [row(evidence, desired, 'ok', say.ok(), notes)];
}
