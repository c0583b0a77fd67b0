import type { FillProgress, FillRunOptions, PlanOptions } from '../fill/types.js';
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import type { FillReply, TabRequestOf } from '../messages/tab-requests.js';
import type { FillState } from '../messages/types.js';
import { UserError } from '../lib/user-error.js';
import type { Setup } from '../services/desired.js';

export interface FillDeps {
  /** Sends to the tab's top-frame content script, injecting it first when the tab has none. */
  ask(tabId: number, type: 'fill-plan' | 'fill-run', request: TabRequestOf<'fill-plan' | 'fill-run'>): Promise<FillReply | undefined>;
  onState(tabId: number, state: FillState): void;
  /** Re-checks the zone over DoH (the badge and the side panel follow). */
  recheck(setup: Setup, tabId: number): void;
  /** How long to keep asking a page that is still loading or rendering (default 5 s), and how often. */
  patienceMs?: number;
  retryEveryMs?: number;
}

const noAnswer: Localized = localized({
  en: 'The page did not answer: reload it, open its DNS editor, then try again.',
  fr: 'La page n’a pas répondu : rechargez-la, ouvrez son éditeur DNS, puis réessayez.',
});

const interruptedMessage: Localized = localized({
  en: 'The page reloaded or changed during the fill, so it stopped. Records saved before stay saved: show the plan again to fill in the rest.',
  fr: 'La page a été rechargée ou a changé pendant le remplissage : il s’est arrêté. Les enregistrements déjà enregistrés le restent : affichez à nouveau le plan pour remplir le reste.',
});

/**
 * Fill runs, one per tab: the content script fills and reports progress; this keeps the last
 * state (a reopened side panel shows it) and re-checks the zone over DNS once records were saved.
 */
export function createFills(deps: FillDeps) {
  const states = new Map<number, FillState>();

  /**
   * Asks the page, again and again for a few seconds while it cannot answer yet: a tab still
   * loading has no filler to receive the message, and a single-page app may not have drawn its
   * DNS editor. A real answer (a plan, or a refusal that is not "not ready") ends it at once.
   */
  async function ask(tabId: number, type: 'fill-plan' | 'fill-run', request: TabRequestOf<'fill-plan' | 'fill-run'>): Promise<Extract<FillReply, { ok: true }>> {
    const deadline = Date.now() + (deps.patienceMs ?? 5000);
    for (;;) {
      let reply: FillReply | undefined;
      let failure: unknown;
      try {
        reply = await deps.ask(tabId, type, request);
      } catch (error) {
        failure = error;
      }
      if (reply?.ok) return reply;
      if (reply && !reply.notReady) throw new UserError([reply.error]);
      if (Date.now() >= deadline) {
        if (reply) throw new UserError([reply.error]);
        if (failure instanceof UserError) throw failure;
        throw new UserError([noAnswer]);
      }
      await new Promise((resolve) => setTimeout(resolve, deps.retryEveryMs ?? 250));
    }
  }

  function set(tabId: number, state: FillState): FillState {
    states.set(tabId, state);
    deps.onState(tabId, state);
    return state;
  }

  return {
    async plan(tabId: number, setup: Setup, options: PlanOptions) {
      const { plan, site, stages } = await ask(tabId, 'fill-plan', { setup, options });
      return { plan, site, stages };
    },
    async run(tabId: number, setup: Setup, options: FillRunOptions): Promise<FillState> {
      const { plan, site } = await ask(tabId, 'fill-run', { setup, options });
      return set(tabId, { state: 'running', setup, site, plan, savedCount: 0 });
    },
    current(tabId: number): FillState {
      return states.get(tabId) ?? { state: 'idle' };
    },
    progress(tabId: number, progress: FillProgress): null {
      const state = states.get(tabId);
      if (!state || state.state === 'idle') return null;
      const savedCount = state.savedCount + (progress.phase === 'saved' ? 1 : 0);
      const phase = progress.phase === 'done' ? 'done' : progress.phase === 'stopped' ? 'stopped' : 'running';
      set(tabId, { ...state, state: phase, progress, savedCount });
      // After the user's saves, the zone is checked again over DNS (what resolvers see now).
      if ((phase === 'done' && progress.total > 0) || (phase === 'stopped' && savedCount > 0)) deps.recheck(state.setup, tabId);
      return null;
    },
    /** The tab reloaded or left the page: the filler went with it. Saved records stay saved. */
    interrupted(tabId: number): void {
      const state = states.get(tabId);
      if (state?.state !== 'running') return;
      const total = state.progress?.total ?? state.plan.toAdd.length;
      set(tabId, { ...state, state: 'stopped', progress: { phase: 'stopped', index: state.progress?.index ?? 0, total, message: interruptedMessage } });
      if (state.savedCount > 0) deps.recheck(state.setup, tabId);
    },
    forget(tabId: number): void {
      states.delete(tabId);
    },
  };
}
