import { recordsLeft } from '../fill/resume.js';
import type { FillProgress, FillResume, FillRunOptions, PlanOptions } from '../fill/types.js';
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import type { FillReply, TabRequestOf } from '../messages/tab-requests.js';
import type { FillState } from '../messages/types.js';
import { UserError } from '../lib/user-error.js';
import type { Setup } from '../services/desired.js';
import type { StorageAreaLike } from '../storage/area.js';

export interface FillDeps {
  /** Sends to the tab's top-frame content script, injecting it first when the tab has none. */
  ask(tabId: number, type: 'fill-plan' | 'fill-run', request: TabRequestOf<'fill-plan' | 'fill-run'>): Promise<FillReply | undefined>;
  onState(tabId: number, state: FillState): void;
  /** Re-checks the zone over DoH (the badge and the side panel follow). */
  recheck(setup: Setup, tabId: number): void;
  /** Where each tab's run is kept too, so a service worker woken anew still knows it (storage.session). */
  session?: StorageAreaLike;
  /** The origin of the page the tab shows (a run goes on after a page load on the same origin only). */
  tabOrigin?(tabId: number): Promise<string | undefined>;
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
/** One tab's run: its state, and what a page loaded anew needs to go on with it. */
interface TabRun {
  state: FillState;
  options?: FillRunOptions;
  origin?: string;
}

const sessionKey = (tabId: number) => `fill-run:${tabId}`;

export function createFills(deps: FillDeps) {
  const runs = new Map<number, TabRun>();
  /** Tabs whose run is being handed to a new page (a page may report "complete" twice). */
  const resuming = new Set<number>();

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

  function set(tabId: number, state: FillState, start?: Omit<TabRun, 'state'>): FillState {
    const run: TabRun = { ...(start ?? runs.get(tabId)), state };
    runs.set(tabId, run);
    void deps.session?.set({ [sessionKey(tabId)]: run }).catch(() => undefined);
    deps.onState(tabId, state);
    return state;
  }

  /** The tab's run, from memory or, after the worker slept, from the session store. */
  async function load(tabId: number): Promise<TabRun | undefined> {
    const known = runs.get(tabId);
    if (known || !deps.session) return known;
    const stored = (await deps.session.get(sessionKey(tabId)).catch((): Record<string, unknown> => ({})))[sessionKey(tabId)] as TabRun | undefined;
    if (stored && !runs.has(tabId)) runs.set(tabId, stored);
    return runs.get(tabId);
  }

  /** The tab reloaded or left the page and the run cannot go on there: saved records stay saved. */
  function stop(tabId: number, run: TabRun | undefined, message: Localized): void {
    const state = run?.state;
    if (state?.state !== 'running') return;
    const total = state.progress?.total ?? state.plan.toAdd.length;
    set(tabId, { ...state, state: 'stopped', progress: { phase: 'stopped', index: state.progress?.index ?? 0, total, message } });
    if (state.savedCount > 0) deps.recheck(state.setup, tabId);
  }

  return {
    async plan(tabId: number, setup: Setup, options: PlanOptions) {
      const { plan, site, stages } = await ask(tabId, 'fill-plan', { setup, options });
      return { plan, site, stages };
    },
    async run(tabId: number, setup: Setup, options: FillRunOptions): Promise<FillState> {
      // Where a run resumes is the background's to say, never a page's or the popup's.
      const { resume: _resume, ...own } = options;
      const { plan, site } = await ask(tabId, 'fill-run', { setup, options: own });
      const origin = await deps.tabOrigin?.(tabId).catch(() => undefined);
      return set(tabId, { state: 'running', setup, site, plan, savedCount: 0 }, { options: own, ...(origin && { origin }) });
    },
    async current(tabId: number): Promise<FillState> {
      return (await load(tabId))?.state ?? { state: 'idle' };
    },
    async progress(tabId: number, progress: FillProgress): Promise<null> {
      const state = (await load(tabId))?.state;
      if (!state || state.state === 'idle') return null;
      const savedCount = state.savedCount + (progress.phase === 'saved' ? 1 : 0);
      const phase = progress.phase === 'done' ? 'done' : progress.phase === 'stopped' ? 'stopped' : 'running';
      set(tabId, { ...state, state: phase, progress, savedCount });
      // After the user's saves, the zone is checked again over DNS (what resolvers see now).
      if ((phase === 'done' && progress.total > 0) || (phase === 'stopped' && savedCount > 0)) deps.recheck(state.setup, tabId);
      return null;
    },
    /**
     * The tab loaded a page and its filler went with the old one. On the same origin (a
     * server-rendered panel saves, or opens its add form, with a full page load) the run goes
     * on: a filler injected into the new page plans from its listing (the record being saved
     * shows there when it was saved) and fills the records left. Elsewhere, the run stops.
     */
    async pageLoaded(tabId: number, origin: string | undefined): Promise<void> {
      const run = await load(tabId);
      const state = run?.state;
      if (state?.state !== 'running') return;
      if (!run?.options || !run.origin || origin !== run.origin) return stop(tabId, run, interruptedMessage);
      const progress = state.progress;
      const awaiting = progress?.phase === 'awaiting-save' ? progress.record : undefined;
      const left = recordsLeft(state.plan, run.options.only, progress?.index ?? 1);
      const resume: FillResume = { total: progress?.total ?? left.length, saved: state.savedCount, left, ...(awaiting && { awaiting }) };
      if (resuming.has(tabId)) return;
      resuming.add(tabId);
      try {
        await ask(tabId, 'fill-run', { setup: state.setup, options: { ...run.options, resume } });
      } catch (error) {
        stop(tabId, await load(tabId), error instanceof UserError ? error.problems[0]! : interruptedMessage);
      } finally {
        resuming.delete(tabId);
      }
    },
    forget(tabId: number): void {
      runs.delete(tabId);
      void deps.session?.remove(sessionKey(tabId)).catch(() => undefined);
    },
  };
}
