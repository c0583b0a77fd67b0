import type { CheckReport, CheckRow } from '../dns/check/types.js';
import { isJustSaved, visibleBy } from '../ui/check-summary.js';

/** Chrome fires a packed extension's alarms at most every 30 s: sooner is rounded up there anyway. */
export const MIN_DELAY_MS = 30_000;
/** A few re-checks per save: a record that never shows must not keep the browser asking all day. */
export const MAX_RECHECKS = 6;
/** Longer than this, caches are not what hides a record (resolvers cap negative caching at a few hours). */
export const MAX_WAIT_MS = 6 * 3600_000;
/** Past the cache's expiry, for resolvers whose clocks or TTL counting lag ours by a little. */
const MARGIN_MS = 5_000;

/** What the background remembers between re-checks of one domain. */
export interface RecheckContext {
  now: number;
  /** When the user saved the records (a fill, or "I saved"), epoch ms. */
  savedAt?: number;
  /** Scheduled re-checks run since the user's last own check or save. */
  attempts: number;
}

/**
 * Rows worth waiting for: a `pending` one always (some resolvers show it already); after a save,
 * any row whose old answer a cache may still hold (missing, wrong, conflicting). `error` rows
 * carry no time to wait for.
 */
function waitsForCaches(row: CheckRow, saved: boolean): boolean {
  return row.status === 'pending' || (saved && (row.status === 'missing' || row.status === 'mismatch' || row.status === 'conflict'));
}

/**
 * When the background should check again (epoch ms), or null: as soon as the first cache that
 * hides a record has expired (each re-check then plans the next), never sooner than alarms fire,
 * never once caches cannot explain the wait, and at most MAX_RECHECKS times in a row.
 */
export function nextRecheckAt(report: CheckReport, context: RecheckContext): number | null {
  if (context.attempts >= MAX_RECHECKS) return null;
  const saved = isJustSaved(context.savedAt, context.now);
  const expiries = report.results
    .filter((row) => waitsForCaches(row, saved))
    .map((row) => visibleBy(row, report.checkedAt))
    .filter((at): at is number => at !== undefined);
  if (expiries.length === 0) return null;
  const at = Math.max(Math.min(...expiries) + MARGIN_MS, context.now + MIN_DELAY_MS);
  return at - context.now > MAX_WAIT_MS ? null : at;
}
