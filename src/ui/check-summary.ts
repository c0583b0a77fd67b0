import type { CheckReport, CheckRow, CheckStatus } from '../dns/check/types.js';
import { format, type Message } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckState } from '../messages/types.js';

/** How long after a save a missing record reads as caches lagging: negative caching rarely lasts longer. */
export const JUST_SAVED_MS = 2 * 3600_000;

export function isJustSaved(savedAt: number | undefined, now: number): boolean {
  return savedAt !== undefined && now >= savedAt && now - savedAt < JUST_SAVED_MS;
}

/** Whether a result was checked after a save that may still hide its records (the background stamps it). */
export function checkedAfterSave(state: CheckState, now: number): boolean {
  return (state.state === 'done' || state.state === 'failed') && state.savedAt !== undefined && isJustSaved(Date.parse(state.savedAt), now);
}

/** How a row reads once the user said they saved: a `missing` row then is caches lagging, not a failure. */
export function shownStatus(row: CheckRow, justSaved: boolean): CheckStatus {
  return row.status === 'missing' && justSaved ? 'pending' : row.status;
}

/** The parts of the summary line, in this order; an absent status is not said. */
const PARTS: readonly { statuses: readonly CheckStatus[]; text: Message }[] = [
  { statuses: ['ok'], text: { en: '{count} in place', fr: '{count} en place' } },
  { statuses: ['missing', 'mismatch'], text: { en: '{count} to fix', fr: '{count} à corriger' } },
  { statuses: ['conflict'], text: { en: { one: '{count} conflict', other: '{count} conflicts' }, fr: { one: '{count} conflit', other: '{count} conflits' } } },
  { statuses: ['pending'], text: { en: '{count} saved, not visible yet', fr: { one: '{count} enregistré, pas encore visible', other: '{count} enregistrés, pas encore visibles' } } },
  { statuses: ['error'], text: { en: '{count} not checked', fr: { one: '{count} non vérifié', other: '{count} non vérifiés' } } },
];

/** "6 in place · 2 to fix · 1 conflict": the check at a glance, for the action bar and the results. */
export function summaryLine(report: CheckReport, lang: Lang, justSaved = false): string {
  const statuses = report.results.map((row) => shownStatus(row, justSaved));
  return PARTS.map(({ statuses: counted, text }) => ({ count: statuses.filter((status) => counted.includes(status)).length, text }))
    .filter(({ count }) => count > 0)
    .map(({ count, text }) => format(lang, text, { count }))
    .join(' · ');
}

/** A clock time in the browser's own locale ("14:32", "2:32 PM"): when a record should show. */
export function clockTime(epochMs: number, locales: readonly string[]): string {
  return new Date(epochMs).toLocaleTimeString([...locales], { hour: 'numeric', minute: '2-digit' });
}

/** When checking again can show the record: the check's time plus the row's `retryAfterSeconds`. */
export function visibleBy(row: CheckRow, checkedAt: string): number | undefined {
  if (typeof row.retryAfterSeconds !== 'number') return undefined;
  const at = Date.parse(checkedAt);
  return Number.isNaN(at) ? undefined : at + row.retryAfterSeconds * 1000;
}
