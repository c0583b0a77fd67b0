import { comparableKey } from '../records/comparable.js';
import type { DnsRecord } from '../records/types.js';
import type { EditorSpec, StepResult } from './editor-spec.js';
import { isTextControl, press } from './events.js';
import { fillMessages as say } from './fill-messages.js';
import { fillRecord } from './fill-record.js';
import { locate } from './locate.js';
import { toSiteFields } from './notation.js';
import { replaceRecord } from './replace-record.js';
import { sleep, waitFor, waitForQuiet } from './settle.js';
import { collectRoots } from './deep-query.js';
import { accessibleName } from './generic/composed.js';
import { driverMessages } from './generic/driver-messages.js';
import { findPublishButton } from './generic/publish.js';
import type { FillPlan, FillProgress, FillRunOptions, SiteFields } from './types.js';

export interface RunContext {
  document: Document;
  editor: EditorSpec;
  plan: FillPlan;
  options: FillRunOptions;
  onProgress(progress: FillProgress): void;
  /** How long to wait for the user's Save of one record (default 10 minutes). */
  saveTimeoutMs?: number;
  /** How long the stage button may take to take the record (default 3 s). */
  stageTimeoutMs?: number;
  /**
   * How long the listing is watched for the row of a record whose form closed before the record
   * counts as not saved (default 30 s: a busy machine or a slow site may re-render long after).
   */
  listingDeadlineMs?: number;
}

export interface RunResult {
  ok: boolean;
  /** Records now saved (or staged and submitted) on the site. */
  saved: DnsRecord[];
}

interface Step {
  record: DnsRecord;
  fields: SiteFields;
  run(): Promise<StepResult>;
}

function steps(context: RunContext, ownValues: Set<string>): Step[] {
  const { plan, editor, document, options } = context;
  const wanted = (record: DnsRecord) => !options.only || options.only.includes(comparableKey(record));
  const adds: Step[] = plan.toAdd
    .filter((item) => wanted(item.record))
    .map((item) => ({
      record: item.record,
      fields: item.fields,
      run: () => (editor.drive ? editor.drive.fill(document, item.record, plan.zone, ownValues) : fillRecord(editor, document, item.record, item.fields, plan.zone, ownValues)),
    }));
  const replaces: Step[] = (options.replaceSpf ? plan.toReplace : [])
    .filter((item) => wanted(item.replacement) || wanted(item.existing))
    .map((item) => ({
      record: item.replacement,
      fields: item.fields,
      run: () => {
        const spec = editor.replacer?.(document) ?? editor;
        return replaceRecord(spec, document, plan.zone, item.existing, toSiteFields(item.existing, plan.zone, spec.conventions).fields, item.replacement, item.fields, ownValues);
      },
    }));
  return [...adds, ...replaces];
}

const rowShown = (context: RunContext, key: string) => context.editor.readRows(context.document, context.plan.zone).some((row) => comparableKey(row) === key);

/**
 * Where the user's Save stands: `saved` once the record shows among the page's rows; `let-go`
 * when the form no longer holds what the filler typed (it closed, or reset) but the row is not
 * there (yet: a site may re-render its table a moment later; or the user cancelled). Fields are
 * queried afresh: some sites re-render their inputs (new elements) without saving anything.
 */
function saveState(context: RunContext, record: DnsRecord, typed: SiteFields): 'saved' | 'let-go' | undefined {
  const { editor, document } = context;
  if (rowShown(context, comparableKey(record))) return 'saved';
  // A wizard between its form and its last step has no fields left, yet nothing is saved.
  if (editor.commit.kind === 'save' && editor.commit.pending && locate(editor.commit.pending, document)) return undefined;
  return formLetGo(context, record, typed) ? 'let-go' : undefined;
}

/** True when no typed field still holds the filler's text (the form closed, reset, or moved on). */
function formLetGo(context: RunContext, record: DnsRecord, typed: SiteFields): boolean {
  if (context.editor.drive) return context.editor.drive.letGo();
  const locators = context.editor.fields(record.type);
  const roots = collectRoots(context.document);
  return (['host', 'value', 'target'] as const).every((role) => {
    const locator = locators[role];
    const element = locator && locate(locator, context.document, { roots });
    const text = role === 'target' ? typed.value : typed[role];
    return !element || !isTextControl(element) || text === undefined || text === '' || element.value !== text;
  });
}

/**
 * Waits for the user's Save of one record. A form that let go without the row showing is not a
 * save yet: the listing is re-read until the row shows (the site answers, then re-renders its
 * table, on a busy machine seconds later), up to a deadline; then it counts as not saved: a
 * Cancel must not be reported "saved". Only a page that lists no rows at all cannot tell, and
 * there the form letting go is all the evidence there is.
 */
async function waitForSave(context: RunContext, step: Step, timeout: number): Promise<'saved' | 'not-saved' | 'timeout'> {
  const state = await waitFor(() => saveState(context, step.record, step.fields), timeout, 250, context.document);
  if (state === undefined) return 'timeout';
  if (state === 'saved') return 'saved';
  const key = comparableKey(step.record);
  if (await waitFor(() => rowShown(context, key), context.listingDeadlineMs ?? 30_000, 200, context.document)) return 'saved';
  return context.editor.readRows(context.document, context.plan.zone).length === 0 ? 'saved' : 'not-saved';
}

/**
 * Fills the plan's records one by one. After each, the user checks the form and clicks the site's
 * Save; the run waits for that, then goes on. Stage-then-submit sites get every record staged,
 * then the user's Submit (or the filler's, with `pressSubmit`). Stops at the first problem, with
 * a sentence naming the record and the field; what was saved before stays saved.
 */
export async function runFill(context: RunContext): Promise<RunResult> {
  const { editor, document } = context;
  const ownValues = new Set<string>();
  const list = steps(context, ownValues);
  const saved: DnsRecord[] = [];
  const resume = context.options.resume;
  // A resumed run keeps its numbering: the records left are the last of the run's total.
  const total = Math.max(resume?.total ?? 0, list.length);
  const base = total - list.length;
  const timeout = context.saveTimeoutMs ?? 10 * 60_000;
  const report = (progress: FillProgress) => context.onProgress(progress);
  const carried = resume ? resume.saved + (confirmAwaited(context, resume.awaiting, base, total) ? 1 : 0) : 0;
  if (total === 0) {
    report({ phase: 'done', index: 0, total, message: say.nothingToDo() });
    return { ok: true, saved };
  }
  const staged: DnsRecord[] = [];
  for (const [i, step] of list.entries()) {
    const index = base + i + 1;
    report({ phase: 'filling', index, total, record: step.record, message: say.filling(step.record, index, total) });
    const result = await step.run();
    if (!result.ok) {
      report({ phase: 'stopped', index, total, record: step.record, message: result.problem });
      return { ok: false, saved };
    }
    for (const text of Object.values(step.fields)) if (text) ownValues.add(text);
    if (editor.commit.kind === 'stage-then-submit') {
      const stage = locate(editor.commit.stage, document);
      if (!stage) {
        report({ phase: 'stopped', index, total, record: step.record, message: say.noStageButton(step.record) });
        return { ok: false, saved };
      }
      press(stage);
      // A form that refused the record (a validation message) keeps it: the run must not go on
      // as if it were staged, and the user's Submit would then send one record short.
      const taken = await waitFor(() => rowShown(context, comparableKey(step.record)) || formLetGo(context, step.record, step.fields), context.stageTimeoutMs ?? 3000, 50, document);
      if (!taken) {
        report({ phase: 'stopped', index, total, record: step.record, message: say.notStaged(step.record) });
        return { ok: false, saved };
      }
      await waitForQuiet(collectRoots(document));
      staged.push(step.record);
      continue;
    }
    report({ phase: 'awaiting-save', index, total, record: step.record, message: say.awaitingSave(step.record, index, total) });
    const outcome = await waitForSave(context, step, timeout);
    if (outcome !== 'saved') {
      const message = outcome === 'timeout' ? say.saveTimeout(step.record, Math.round(timeout / 60_000)) : say.notSaved(step.record);
      report({ phase: 'stopped', index, total, record: step.record, message });
      return { ok: false, saved };
    }
    saved.push(step.record);
    report({ phase: 'saved', index, total, record: step.record, message: say.saved(step.record, index, total) });
    // Let the site finish closing/re-rendering the form before the next record opens it.
    await waitForQuiet(collectRoots(document), 40, 1000);
    await sleep(0);
  }
  if (editor.commit.kind === 'stage-then-submit') {
    const submitted = await submitStaged(context, staged, timeout);
    if (!submitted) return { ok: false, saved };
    saved.push(...staged);
  }
  if (editor.drive && !(await publishPending(context, carried + saved.length, timeout))) return { ok: false, saved };
  const note = editor.drive?.conventionsNote();
  const done = say.done(carried + saved.length);
  report({ phase: 'done', index: total, total, message: note ? { en: `${done.en} ${note.en}`, fr: `${done.fr} ${note.fr}` } : done });
  return { ok: true, saved };
}

/** The record the user was saving when the page loaded anew: saved when the new page lists it (reported so). */
function confirmAwaited(context: RunContext, record: DnsRecord | undefined, index: number, total: number): boolean {
  if (!record || !rowShown(context, comparableKey(record))) return false;
  context.onProgress({ phase: 'saved', index, total, record, message: say.saved(record, index, total) });
  return true;
}

async function submitStaged(context: RunContext, staged: DnsRecord[], timeout: number): Promise<boolean> {
  const { editor, document, plan } = context;
  if (editor.commit.kind !== 'stage-then-submit') return true;
  const total = staged.length;
  const last = staged[staged.length - 1]!;
  if (context.options.pressSubmit) {
    const submit = locate(editor.commit.submit, document);
    if (!submit) {
      // The user asked the filler to submit: waiting in silence for a button that is not there helps no one.
      context.onProgress({ phase: 'stopped', index: total, total, record: last, message: say.noSubmitButton(total) });
      return false;
    }
    press(submit);
  } else {
    context.onProgress({ phase: 'awaiting-save', index: total, total, record: last, message: say.awaitingSubmit(total) });
  }
  const keys = staged.map(comparableKey);
  const all = await waitFor(() => {
    const rows = new Set(editor.readRows(document, plan.zone).map(comparableKey));
    return keys.every((key) => rows.has(key));
  }, timeout, 150, document);
  if (!all) context.onProgress({ phase: 'stopped', index: total, total, record: last, message: say.saveTimeout(last, Math.round(timeout / 60_000)) });
  return all === true;
}

/**
 * A page that stages changes (its records wait in a pending list until published) shows a publish
 * button once the records are in: the user presses it (the side panel says so), or the filler
 * does when the user ticked that for the run. The run ends when the button has gone (or is off).
 */
async function publishPending(context: RunContext, count: number, timeout: number): Promise<boolean> {
  const { document } = context;
  await waitForQuiet(collectRoots(document), 40, 1000);
  const button = findPublishButton(document);
  if (!button || count === 0) return true;
  const name = accessibleName(button);
  const total = context.plan.toAdd.length;
  if (context.options.pressSubmit) press(button);
  else context.onProgress({ phase: 'awaiting-save', index: total, total, message: driverMessages.awaitingPublish(count, name) });
  const published = await waitFor(() => !findPublishButton(document), timeout, 150, document);
  if (!published) context.onProgress({ phase: 'stopped', index: total, total, message: driverMessages.notPublished(count, name) });
  return published === true;
}
