import { runCheck } from '../dns/run-check.js';
import { localized } from '../i18n/format.js';
import { expandService } from '../services/expand.js';
import type { Setup } from '../services/desired.js';
import type { CheckState } from '../messages/types.js';
import { UserError } from '../lib/user-error.js';
import type { StorageAreaLike } from '../storage/area.js';
import { loadFinishedCheck, saveFinishedCheck, type FinishedCheck } from '../storage/check-cache.js';
import { loadOptions } from '../storage/options.js';
import { errorText } from '../lib/localized-error.js';
import type { CheckReason, Rechecks } from './rechecks.js';

export interface CheckDeps {
  local: StorageAreaLike;
  sync: StorageAreaLike;
  fetch: typeof fetch;
  isOnline: () => boolean;
  /** Called on every change, so open pages and the badge follow. */
  onState: (domain: string, state: CheckState, tabId?: number) => void;
  /** Scheduled re-checks (rechecks.ts); without them a check is a one-off. */
  rechecks?: Pick<Rechecks, 'starting' | 'finished'>;
}

/**
 * Runs checks in the background, one at a time per domain: the popup may close (it does on the
 * first click into the page) and the result must still land in storage and on the badge.
 */
export function createChecks(deps: CheckDeps) {
  const running = new Map<string, Extract<CheckState, { state: 'running' }>>();
  // A check asked for while one runs (the re-check after a save) runs once the current one ends:
  // dropping it would show a result from before the save.
  const queued = new Map<string, { setup: Setup; tabId?: number; reason: CheckReason }>();

  async function current(domain: string): Promise<CheckState> {
    const key = domain.toLowerCase();
    return running.get(key) ?? (await loadFinishedCheck(deps.local, key)) ?? { state: 'idle' };
  }

  async function start(setup: Setup, tabId?: number, reason: CheckReason = 'user'): Promise<CheckState> {
    const expanded = expandService(setup.service, setup.domain, setup.vars);
    if (!expanded.ok) throw new UserError(expanded.problems);
    const domain = expanded.set.domain;
    const already = running.get(domain);
    if (already) {
      // A save outranks what it replaces: the queued check must still start the re-checks.
      const saved = reason === 'saved' || queued.get(domain)?.reason === 'saved';
      queued.set(domain, { setup, reason: saved ? 'saved' : reason, ...(tabId !== undefined && { tabId }) });
      return already;
    }

    const state: Extract<CheckState, { state: 'running' }> = {
      state: 'running',
      setup,
      done: 0,
      total: 0,
      startedAt: new Date().toISOString(),
    };
    running.set(domain, state);
    deps.onState(domain, state, tabId);
    await deps.rechecks?.starting({ ...setup, domain }, reason, tabId);
    const options = await loadOptions(deps.sync);

    const finish = async (result: FinishedCheck) => {
      const finished = deps.rechecks ? await deps.rechecks.finished(domain, result) : result;
      running.delete(domain);
      await saveFinishedCheck(deps.local, domain, finished);
      deps.onState(domain, finished, tabId);
      const next = queued.get(domain);
      queued.delete(domain);
      if (next) await start(next.setup, next.tabId, next.reason).catch(() => undefined);
    };
    runCheck({
      set: expanded.set,
      resolvers: options.resolvers,
      fetch: deps.fetch,
      onProgress: (done, total) => {
        state.done = done;
        state.total = total;
        deps.onState(domain, { ...state }, tabId);
      },
    }).then(
      (report) => finish({ state: 'done', setup, report }),
      (error: unknown) => finish({ state: 'failed', setup, offline: !deps.isOnline(), error: failure(error, deps.isOnline()) }),
    );
    return { ...state };
  }

  return { start, current };
}

function failure(error: unknown, online: boolean) {
  if (!online) {
    return localized({
      en: 'You are offline, so nothing could be checked. Your setup is saved: check again once you are back online.',
      fr: 'Vous êtes hors ligne : rien n’a pu être vérifié. Votre configuration est enregistrée ; vérifiez de nouveau une fois en ligne.',
    });
  }
  const text = errorText(error);
  return localized({
    en: `The check stopped: {text}. Check your connection and the resolvers in Options, then try again.`,
    fr: `La vérification s’est interrompue : {text}. Vérifiez votre connexion et les résolveurs dans les options, puis réessayez.`,
  }, { text });
}
