import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { cellTexts, recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Hostinger hPanel DNS (`hpanel.hostinger.com/domain/<d>/dns`): an inline create form above the
 * records table; "Add Record" saves the record at once.
 *
 * Evidence (checked 2026-11-23): the create-form ids, the table body and the delete button are
 * in public Selenium and console scripts (one fills `_pointsTo` and `_ttl` with Type A and Name
 * @ already chosen: A/@ is the form's default). No public source shows the type control, nor the
 * MX/SRV fields: those stay inferred, found by id pattern then label, and a control not found
 * stops the run before anything is written.
 */
const ID = '#hdomains_dns_create_record_';
const ROWS = '#h-data-table_body tr';

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    ttl: { min: 60 },
  },
  ready: [`${ID}add`],
  rows: { selector: ROWS, read: readRow, edit: /^(edit|modifier)$/i },
  typeControl: {
    kind: 'combobox',
    trigger: [`${ID}type`, '.h-form [role=combobox]'],
    optionText: { A: /^A$/, AAAA: /^AAAA$/, CNAME: /^CNAME$/, MX: /^MX$/, TXT: /^TXT$/, SRV: /^SRV$/ },
  },
  fields(type) {
    return {
      host: [`${ID}name`, { label: /^name$/i }],
      // The edit modal's field first: it is found only while the modal is open (hidden fields are skipped).
      value: ['#hdomains_dns_edit_record_pointsTo', `${ID}pointsTo`, { label: /^(points to|target|mail server|txt value)$/i }],
      ttl: [`${ID}ttl`, { label: /^ttl$/i }],
      ...((type === 'MX' || type === 'SRV') && { priority: [`${ID}priority`, { label: /^priority$/i }] }),
      ...(type === 'SRV' && { weight: [`${ID}weight`, { label: /^weight$/i }], port: [`${ID}port`, { label: /^port$/i }] }),
    };
  },
  commit: { kind: 'save', button: [`${ID}add`] },
  // The row's "Edit" (by its word; the id follows the verified delete button's pattern, inferred).
});

/** Table cells in order: Type, Name (relative, `@` apex), Priority, Content, TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', priority = '', content = '', ttlText = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(host, zone), Number(ttlText) || 14400, content, priority)];
}

