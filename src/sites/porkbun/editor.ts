import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import type { Locator } from '../../fill/editor-spec.js';
import { recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Porkbun DNS (`porkbun.com/account/dns/<d>`): a plain form at the top of the page. "Add" only
 * stages the record; "Submit Records" sends every staged record at once.
 */

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
  rows: { selector: ROWS, read: readRow, edit: 'button.editDNSRecord' },
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
});

/** One row of the records table: Type, Host (full name), Answer, Prio, TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const cell = (name: string) => row.querySelector(`td.${name}`)?.textContent?.trim() ?? '';
  const type = cell('type').toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(cell('host'), zone), Number(cell('ttl')) || 600, cell('answer'), cell('prio'))];
}

