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
import { installUts46Table } from '../../../src/records/names/uts46-table.js';
import { buildGenericEditor, genericLocator } from '../../../src/page/generic/form.js';
import { readGenericRows } from '../../../src/page/generic/rows.js';
import { chooseType } from '../../../src/fill/type-control.js';
import { runFill } from '../../../src/fill/run.js';
import { replaceRecord } from '../../../src/fill/replace-record.js';
import { pageEditor } from '../../../src/content/page-editor.js';
import { toSiteFields } from '../../../src/fill/notation.js';
import { locateAll } from '../../../src/fill/locate.js';
import type { EditorSpec } from '../../../src/fill/editor-spec.js';
import { COMMON_CONVENTIONS } from '../../../src/sites/define-editor.js';

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

const engine = { testEditor, chooseType, collectRoots, fillRecord, pageEditor, replaceRecord, runFill, toSiteFields, labelTexts, labelRank, locate, locateAll, planFill, expandService, buildGenericEditor, genericLocator, readGenericRows };
export type FillEngine = typeof engine;

// The page's fills expand setups as the filler does, with the UTS #46 table loaded.
installUts46Table();
(window as unknown as { __fillEngine: FillEngine }).__fillEngine = engine;
