/**
 * The fill engine as a page script, for the tests and benches that drive it in Chromium without
 * the extension (label scoring, detection time, fill time). Exposed as `window.__fillEngine`.
 */
import { collectRoots } from '../../../src/fill/deep-query.js';
import { fillRecord } from '../../../src/fill/fill-record.js';
import { labelTexts } from '../../../src/fill/labels.js';
import { labelRank, locate } from '../../../src/fill/locate.js';
import { planFill } from '../../../src/fill/plan.js';
import { expandService } from '../../../src/services/expand.js';
import { installUts46Table } from '../../../src/records/names/uts46-install.js';
import { buildGenericEditor, genericLocator } from '../../../src/page/generic/form.js';
import { readGenericRows } from '../../../src/page/generic/rows.js';
import { chooseType } from '../../../src/fill/type-control.js';
import { runFill } from '../../../src/fill/run.js';
import { waitFor } from '../../../src/fill/settle.js';
import { replaceRecord } from '../../../src/fill/replace-record.js';
import { pageEditor } from '../../../src/content/page-editor.js';
import { toSiteFields } from '../../../src/fill/notation.js';
import { locateAll } from '../../../src/fill/locate.js';
import type { EditorSpec } from '../../../src/fill/editor-spec.js';
import { COMMON_CONVENTIONS } from '../../../src/sites/define-editor.js';
import { findOpenForm, openAddForm } from '../../../src/fill/generic/add-form.js';
import { findOpener } from '../../../src/fill/generic/opener.js';
import { formForType } from '../../../src/fill/generic/form-for-type.js';
import { formFields } from '../../../src/fill/generic/form-fields.js';
import { RecordDriver } from '../../../src/fill/generic/drive-record.js';
import { fieldHints, formHints, inferConventions } from '../../../src/fill/generic/form-conventions.js';
import { chooseOption, optionLists } from '../../../src/fill/generic/choose-option.js';
import { chooseRecordType } from '../../../src/fill/generic/type-choice.js';
import type { FillProgress, FillRunOptions } from '../../../src/fill/types.js';
import { prepareFill } from '../../../src/content/fill-handler.js';
import type { FillReply } from '../../../src/messages/tab-requests.js';
import type { Setup } from '../../../src/services/desired.js';
import { scriptCombobox } from './scripted-combobox.js';

/** The generic driver's reading of the open add form: each field's role, label and tag (for tests and debugging). */
function readOpenForm(): { scope: string; type: string; fields: Record<string, string> } | undefined {
  const form = findOpenForm(document);
  if (!form) return undefined;
  const fields = formFields(form.scope, form.type, () => false);
  return {
    scope: `${form.scope.tagName} ${form.scope.getAttribute('role') ?? ''}`,
    type: form.type.kind,
    fields: Object.fromEntries(Object.entries(fields).map(([role, field]) => [role, `${field.element.tagName} ${field.kind} ${field.label}`])),
  };
}

/** The conventions the generic driver reads off the open form, for `zone`. */
function formConventions(zone: string) {
  const form = findOpenForm(document);
  if (!form) return undefined;
  const fields = formFields(form.scope, form.type, () => false);
  return inferConventions(formHints(form.scope, fields), fieldHints(fields, 'host'), fields, zone);
}

/**
 * A whole run on this page, as the filler runs it (the content script's own `fill-run`: the
 * page's editor, the plan, a resumed run's records left): the reply the background gets, progress
 * in `window.__fillProgress` and to `window.__fillReport` when the driver exposed one.
 */
function runOnPage(setup: Setup, options: FillRunOptions = {}): FillReply {
  const log: FillProgress[] = [];
  const report = (window as unknown as { __fillReport?: (progress: FillProgress) => void }).__fillReport;
  (window as unknown as { __fillProgress: FillProgress[] }).__fillProgress = log;
  const { run, ...reply } = prepareFill(setup, options, (progress) => {
    log.push(progress);
    report?.(progress);
  });
  void run?.(options);
  return reply;
}

/** A small editor for a test page: a type select, host and value fields, a save button, no rows (what a test changes, it overrides). */
function testEditor(overrides: Partial<EditorSpec> = {}): EditorSpec {
  return {
    capabilities: ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'],
    conventions: COMMON_CONVENTIONS,
    ready: ['#type'],
    readRows: () => [],
    typeControl: { kind: 'native-select', locator: ['#type'] },
    fields: () => ({ host: ['#host'], value: ['#value'] }),
    commit: { kind: 'save', button: ['#save'] },
    ...overrides,
  };
}

const engine = { scriptCombobox, waitFor, RecordDriver, findOpener, openAddForm, formForType, formConventions, runOnPage, readOpenForm, chooseOption, optionLists, chooseRecordType, findOpenForm, formFields, testEditor, chooseType, collectRoots, fillRecord, pageEditor, replaceRecord, runFill, toSiteFields, labelTexts, labelRank, locate, locateAll, planFill, expandService, buildGenericEditor, genericLocator, readGenericRows };
export type FillEngine = typeof engine;

// The page's fills expand setups as the filler does, with the UTS #46 table loaded.
installUts46Table();
(window as unknown as { __fillEngine: FillEngine }).__fillEngine = engine;
