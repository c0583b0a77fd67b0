import { comparableKey } from '../records/comparable.js';
import type { DnsRecord } from '../records/types.js';
import type { EditorSpec } from '../sites/editor-spec.js';
import { isTextControl, press } from './events.js';
import { fillMessages as say } from './fill-messages.js';
import { fillRecord, type StepResult } from './fill-record.js';
import { locate } from './locate.js';
import { toSiteFields } from './notation.js';
import { replaceRecord } from './replace-record.js';
import { sleep, waitFor, waitForQuiet } from './settle.js';
import { collectRoots } from './deep-query.js';
import type { FillPlan, FillProgress, FillRunOptions, SiteFields } from './types.js';

export interface RunContext {
  document: Document;
  editor: EditorSpec;
  plan: FillPlan;
  options: FillRunOptions;
  onProgress(progress: FillProgress): void;
  /** How long to wait for the user's Save of one record (default 10 minutes). */
  saveTimeoutMs?: number;
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
    .map((item) => ({ record: item.record, fields: item.fields, run: () => fillRecord(editor, document, item.record, item.fields, plan.zone, ownValues) }));
  const replaces: Step[] = (options.replaceSpf ? plan.toReplace : [])
    .filter((item) => wanted(item.replacement) || wanted(item.existing))
    .map((item) => ({
      record: item.replacement,
      fields: item.fields,
      run: () => replaceRecord(editor, document, plan.zone, item.existing, toSiteFields(item.existing, plan.zone, editor.conventions).fields, item.replacement, item.fields, ownValues),
    }));
  return [...adds, ...replaces];
}

/**
 * The user saved when the record shows among the page's rows, or when the form let go of what
 * the filler typed (it closed, or reset for the next record). Fields are queried afresh: some
 * sites re-render their inputs (new elements) without saving anything.
 */
function savedYet(context: RunContext, record: DnsRecord, typed: SiteFields): boolean {
  const { editor, document, plan } = context;
  const key = comparableKey(record);
  if (editor.readRows(document, plan.zone).some((row) => comparableKey(row) === key)) return true;
  // A wizard between its form and its last step has no fields left, yet nothing is saved.
  if (editor.commit.kind === 'save' && editor.commit.pending && locate(editor.commit.pending, document)) return false;
  const locators = editor.fields(record.type);
  const roots = collectRoots(document);
  return (['host', 'value', 'target'] as const).every((role) => {
    const locator = locators[role];
    const element = locator && locate(locator, document, { roots });
    const text = role === 'target' ? typed.value : typed[role];
    return !element || !isTextControl(element) || text === undefined || text === '' || element.value !== text;
  });
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
  const total = list.length;
  const timeout = context.saveTimeoutMs ?? 10 * 60_000;
  const report = (progress: FillProgress) => context.onProgress(progress);
  if (total === 0) {
    report({ phase: 'done', index: 0, total, message: say.nothingToDo() });
    return { ok: true, saved };
  }
  const staged: DnsRecord[] = [];
  for (const [i, step] of list.entries()) {
    const index = i + 1;
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
        report({ phase: 'stopped', index, total, record: step.record, message: say.fieldMissing(step.record, 'value') });
        return { ok: false, saved };
      }
      press(stage);
      await waitForQuiet(collectRoots(document));
      staged.push(step.record);
      continue;
    }
    report({ phase: 'awaiting-save', index, total, record: step.record, message: say.awaitingSave(step.record, index, total) });
    const done = await waitFor(() => savedYet(context, step.record, step.fields), timeout, 250);
    if (!done) {
      report({ phase: 'stopped', index, total, record: step.record, message: say.saveTimeout(step.record, Math.round(timeout / 60_000)) });
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
  report({ phase: 'done', index: total, total, message: say.done(saved.length) });
  return { ok: true, saved };
}

async function submitStaged(context: RunContext, staged: DnsRecord[], timeout: number): Promise<boolean> {
  const { editor, document, plan } = context;
  if (editor.commit.kind !== 'stage-then-submit') return true;
  const total = staged.length;
  const last = staged[staged.length - 1]!;
  if (context.options.pressSubmit) {
    const submit = locate(editor.commit.submit, document);
    if (submit) press(submit);
  } else {
    context.onProgress({ phase: 'awaiting-save', index: total, total, record: last, message: say.awaitingSubmit(total) });
  }
  const keys = staged.map(comparableKey);
  const all = await waitFor(() => {
    const rows = new Set(editor.readRows(document, plan.zone).map(comparableKey));
    return keys.every((key) => rows.has(key));
  }, timeout, 150);
  if (!all) context.onProgress({ phase: 'stopped', index: total, total, record: last, message: say.saveTimeout(last, Math.round(timeout / 60_000)) });
  return all === true;
}
