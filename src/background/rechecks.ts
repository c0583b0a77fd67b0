import type { Alarms } from '../ext/alarms.js';
import type { Setup } from '../services/desired.js';
import type { StorageAreaLike } from '../storage/area.js';
import type { FinishedCheck } from '../storage/check-cache.js';
import { forgetRecheck, loadRecheck, recheckDomain, recheckKey, saveRecheck } from '../storage/rechecks.js';
import { isJustSaved } from '../ui/check-summary.js';
import { nextRecheckAt } from './recheck-plan.js';

/** Why a check runs: the user asked, the user just saved the records, or an alarm went off. */
export type CheckReason = 'user' | 'saved' | 'scheduled';

export interface RecheckDeps {
  local: StorageAreaLike;
  alarms: Alarms;
  now: () => number;
}

/**
 * Scheduled re-checks: when a check says a record should show once caches expire, an alarm runs
 * the check again then (the service worker may sleep meanwhile), until every record shows, the
 * caches no longer explain the wait, or a few tries have gone by.
 */
export function createRechecks(deps: RecheckDeps) {
  /** Before a check runs: a save or the user's own check starts a new series; a scheduled one counts. */
  async function starting(setup: Setup, reason: CheckReason, tabId?: number): Promise<void> {
    const old = await loadRecheck(deps.local, setup.domain);
    const savedAt = reason === 'saved' ? deps.now() : old?.savedAt;
    const tab = tabId ?? old?.tabId;
    await saveRecheck(deps.local, setup.domain, {
      setup,
      attempts: reason === 'scheduled' ? (old?.attempts ?? 0) + 1 : 0,
      ...(tab !== undefined && { tabId: tab }),
      ...(savedAt !== undefined && { savedAt }),
    });
  }

  /** After a check: sets or clears the alarm, and stamps the result with the save and the next check. */
  async function finished(domain: string, result: FinishedCheck): Promise<FinishedCheck> {
    const record = await loadRecheck(deps.local, domain);
    const now = deps.now();
    const saved = isJustSaved(record?.savedAt, now);
    const context = { now, attempts: record?.attempts ?? 0, ...(saved && { savedAt: record!.savedAt }) };
    const at = record && result.state === 'done' ? nextRecheckAt(result.report, context) : null;
    if (at === null) {
      await deps.alarms.clear(recheckKey(domain));
      // The save is kept while it still explains a missing record; otherwise nothing is left to remember.
      if (!saved) await forgetRecheck(deps.local, domain);
    } else {
      await deps.alarms.create(recheckKey(domain), at);
    }
    return {
      ...result,
      ...(saved && { savedAt: new Date(record!.savedAt!).toISOString() }),
      ...(at !== null && { nextCheckAt: new Date(at).toISOString() }),
    };
  }

  /** What an alarm re-checks, or null when the alarm is not a re-check's or its series is over. */
  async function due(alarmName: string): Promise<{ setup: Setup; tabId?: number } | null> {
    const domain = recheckDomain(alarmName);
    const record = domain === undefined ? null : await loadRecheck(deps.local, domain);
    return record && { setup: record.setup, ...(record.tabId !== undefined && { tabId: record.tabId }) };
  }

  return { starting, finished, due };
}

export type Rechecks = ReturnType<typeof createRechecks>;

