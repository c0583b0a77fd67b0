import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { defineEditor, type Locator } from '../../fill/editor-spec.js';
import { readTableRecords, recordFromText, rowShowing } from '../../page/zone-table.js';

/**
 * Porkbun DNS (`porkbun.com/account/dns/<d>`): a plain form at the top of the page. "Add" only
 * stages the record; "Submit Records" sends every staged record at once.
 */
const CHECKED = '2026-11-23';

/**
 * The add form's copy of a field. A hidden edit modal earlier in the page repeats every id, so a
 * bare `#editDNSModal_host` finds the hidden one: the form's container goes first.
 */
const inForm = (id: string): Locator => [`#addDNSRecordForm #${id}`, `#dnsManageRecords #${id}`];
/** The edit modal's copy first (found only while the modal is open, as hidden fields are skipped), then the add form's. */
const inModalOrForm = (id: string): Locator => [`#editDNSModal #${id}`, ...inForm(id)];
const ROWS = '#dnsRecords tbody tr';

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    apex: '',
    // The answer field takes `weight port target`; the priority has its own field.
    srvValue: 'weight-port-target',
    ttl: { min: 600 },
  },
  ready: inForm('editDNS_button'),
  readRows: (document, zone) => readTableRecords(document, ROWS, (row) => readRow(row, zone)),
  typeControl: { kind: 'native-select', locator: inForm('editDNSModal_type') },
  fields(type) {
    return {
      host: inModalOrForm('editDNSModal_host'),
      // TXT hides the one-line answer and shows a textarea with its own id.
      value: inModalOrForm(type === 'TXT' ? 'editDNSModal_answer_long' : 'editDNSModal_answer'),
      ttl: inModalOrForm('editDNSModal_ttl'),
      ...((type === 'MX' || type === 'SRV') && { priority: inModalOrForm('editDNSModal_priority') }),
    };
  },
  // While the edit modal is open, its Save (which saves that one record at once) stands for the stage button.
  commit: { kind: 'stage-then-submit', stage: ['#editDNSModal #editDNSModal_save', ...inForm('editDNS_button')], submit: ['#submitDNSRecords_button'] },
  editControl: (document, zone, record) =>
    rowShowing(document, ROWS, (row) => readRow(row, zone), record)?.querySelector('button.editDNSRecord') ?? undefined,
  quirks: [
    {
      note: 'select#editDNSModal_type, #editDNSModal_host (blank = apex), #editDNSModal_answer, #editDNSModal_ttl (600), #editDNSModal_priority, #editDNS_button: public automation note. Last verified 2026-11-23 on fixture porkbun.',
      confidence: 'verified',
      lastChecked: CHECKED,
    },
    {
      note: 'TXT hides #editDNSModal_answer and shows textarea#editDNSModal_answer_long. Last verified 2026-11-23 on fixture porkbun.',
      confidence: 'verified',
      lastChecked: CHECKED,
    },
    {
      note: 'Hidden duplicate ids: the add form\'s container (#addDNSRecordForm, name inferred) scopes every field.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: '"Add" stages, "Submit Records" commits (#submitDNSRecords_button: id inferred). Nothing is saved until Submit.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'SRV: the answer is "weight port target" and the priority has its own field, as in Porkbun\'s API (inferred for the web form).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'Each row\'s Edit opens the hidden modal (same ids); its Save saves that record at once, without Submit (inferred).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'TTL below 600 s is refused: Porkbun\'s API documentation says "The minimum and the default is 600 seconds" (quoted by public API clients; older clients still quote 300). The web form\'s own check is inferred to match.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
  ],
});

/** One row of the records table: Type, Host (full name), Answer, Prio, TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const cell = (name: string) => row.querySelector(`td.${name}`)?.textContent?.trim() ?? '';
  const type = cell('type').toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(cell('host'), zone), Number(cell('ttl')) || 600, cell('answer'), cell('prio'))];
}

