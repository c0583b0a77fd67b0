import { isInsideListedRow, readListedRecords, recognizeEditor } from '../page/read-zone-page.js';
import { RECORD_TYPES, type DnsRecord } from '../records/types.js';
import type { EditorConventions, EditorSpec } from '../fill/editor-spec.js';
import { findOpenForm } from '../fill/generic/add-form.js';
import { findOpener } from '../fill/generic/opener.js';
import { RecordDriver } from '../fill/generic/drive-record.js';
import { buildGenericEditor } from '../page/generic/form.js';

/** Until the form is open, the plan shows names the common way; the driver re-reads the form for each record. */
const COMMON: EditorConventions = { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };

/** The records the page lists (tables, grids, cards, pending-changes lists), as the generic reader reads them. */
function listedRecords(document: Document, zone: string): DnsRecord[] {
  return readListedRecords(document, zone).map((item) => item.record);
}

/** True when the page is a DNS editor the driver can work: a record form open, or a zone listing with an add button. */
export function looksDrivable(document: Document): boolean {
  if (findOpenForm(document)) return true;
  return findOpener(document) !== undefined && recognizeEditor(document).isEditor;
}

/**
 * The generic filler's editor for a page no adapter knows: no locators written in advance; its
 * driver finds the add form (opening it with the page's own button), reads the form's conventions
 * and fields as they appear, and never writes inside a listed row.
 */
export function genericDrivenEditor(document: Document): EditorSpec | undefined {
  if (!looksDrivable(document)) return undefined;
  const drive = new RecordDriver((doc, zone) => {
    const listed = readListedRecords(doc, zone);
    return (element) => isInsideListedRow(element, listed);
  });
  return {
    capabilities: RECORD_TYPES,
    conventions: COMMON,
    ready: ['body'],
    readRows: listedRecords,
    typeControl: { kind: 'combobox', trigger: [] },
    fields: () => ({}),
    commit: { kind: 'save', button: [] },
    drive,
    // The merged SPF's one edit: the row's own edit control and the form it opens, read as they are.
    replacer: (doc) => buildGenericEditor(doc),
  };
}
