import { fillMessages } from '../fill/fill-messages.js';
import { locate } from '../fill/locate.js';
import { planFill } from '../fill/plan.js';
import { resumedPlan } from '../fill/resume.js';
import { runFill } from '../fill/run.js';
import type { FillProgress, FillRunOptions, PlanOptions } from '../fill/types.js';
import { tellBackground } from '../messages/content-script.js';
import type { FillReply } from '../messages/tab-requests.js';
import type { Setup } from '../services/desired.js';
import { expandService } from '../services/expand.js';
import { editsOtherZone, otherZone, pageEditor } from './page-editor.js';

let running = false;

export const fillRunning = (): boolean => running;

/** Progress goes to the background; a page script driving the engine without the extension (the bench) gives its own. */
const toBackground = (progress: FillProgress) => tellBackground('fill-progress', { progress });

/**
 * The page's editor and plan for `setup` (a resumed run's records left, when the page loaded
 * anew mid-run), with the run ready to start: what `fill-plan` and `fill-run` answer from.
 */
export function prepareFill(setup: Setup, options: PlanOptions | FillRunOptions, onProgress = toBackground): FillReply & { run?: (options: FillRunOptions) => Promise<unknown> } {
  const expanded = expandService(setup.service, setup.domain, setup.vars);
  if (!expanded.ok) return { ok: false, error: expanded.problems[0]! };
  const set = expanded.set;
  const found = pageEditor(new URL(location.href), document);
  if (!found) return { ok: false, error: fillMessages.noEditor(), notReady: true };
  // The site is known but its editor has not rendered yet (its zone still loading).
  if (!locate(found.editor.ready, document)) return { ok: false, error: fillMessages.noEditor(), notReady: true };
  if (found.domain && editsOtherZone(found.domain, set.domain)) return { ok: false, error: otherZone(found.domain, set.domain) };
  const { editor, adapter } = found;
  const rows = editor.readRows(document, set.domain);
  const planned = planFill(set, rows, editor.capabilities, editor.conventions, options);
  const resume = 'resume' in options ? options.resume : undefined;
  const plan = resume ? resumedPlan(planned, resume, rows, editor.conventions) : planned;
  const run = (runOptions: FillRunOptions) =>
    runFill({
      document,
      editor,
      plan,
      options: runOptions,
      onProgress,
    });
  // The reply names the site in one string (the generic filler's descriptive name in English).
  return { ok: true, plan, site: typeof adapter.name === 'string' ? adapter.name : adapter.name.en, stages: editor.commit.kind === 'stage-then-submit', run };
}

/** `fill-plan`: the plan for this page, nothing touched. */
export function handleFillPlan(setup: Setup, options: PlanOptions): FillReply {
  const { run: _run, ...reply } = prepareFill(setup, options);
  return reply;
}

/** `fill-run`: plans again on the page as it is now, starts filling, answers at once; progress follows as messages. */
export function handleFillRun(setup: Setup, options: FillRunOptions): FillReply {
  if (running) return { ok: false, error: fillMessages.busy() };
  const prepared = prepareFill(setup, options);
  if (!prepared.ok || !prepared.run) return prepared;
  running = true;
  void prepared.run(options).finally(() => {
    running = false;
  });
  return { ok: true, plan: prepared.plan, site: prepared.site, stages: prepared.stages };
}
