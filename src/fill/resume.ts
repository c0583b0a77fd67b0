import { comparableKey } from '../records/comparable.js';
import type { DnsRecord } from '../records/types.js';
import type { EditorConventions } from './editor-spec.js';
import { toSiteFields } from './notation.js';
import type { FillPlan, FillResume } from './types.js';

/**
 * The plan of a run going on in a page loaded anew: the run's own records left, less those the
 * page now lists (saved), in the run's order. Replacements are planned afresh from the page.
 */
export function resumedPlan(plan: FillPlan, resume: FillResume, rows: readonly DnsRecord[], conventions: EditorConventions): FillPlan {
  const listed = new Set(rows.map(comparableKey));
  const toAdd = resume.left.filter((record) => !listed.has(comparableKey(record))).map((record) => ({ record, ...toSiteFields(record, plan.zone, conventions) }));
  return { ...plan, toAdd };
}

/** The records a run has left from its `index`-th (1-based) on: those it adds, as the run orders them. */
export function recordsLeft(plan: FillPlan, only: readonly string[] | undefined, index: number): DnsRecord[] {
  const wanted = plan.toAdd.map((item) => item.record).filter((record) => !only || only.includes(comparableKey(record)));
  return wanted.slice(Math.max(0, index - 1));
}
