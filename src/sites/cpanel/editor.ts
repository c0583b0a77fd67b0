import { normalizeName } from '../../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { cellTexts, recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * cPanel Zone Editor: `https://<host>:2083/cpsess<N>/frontend/<theme>/zone_editor/index.html#/manage?domain=<d>`.
 * It runs on the customer's own host and port, which no manifest can list: no match patterns;
 * the extension injects it on demand and knows the page by its path and content. AngularJS
 * inline rows; names are full domain names.
 */
const ROWS = 'table.zone-records tr.zone-record';

/** The current form's ids (`_0`) first, then the older theme's. */
const VALUE: Record<RecordType, Locator> = {
  A: ['#record_a_address_0', '#record_a_address'],
  AAAA: ['#record_aaaa_address_0', '#record_aaaa_address'],
  CNAME: ['#record_cname_0', '#record_cname'],
  TXT: ['#record_txtdata_0', '#record_txtdata'],
  MX: ['#record_exchange_0', '#record_exchanger'],
  SRV: ['#record_target_0', '#record_target'],
};

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    host: 'fqdn',
    ttl: { min: 60 },
  },
  ready: ['#search_add_record_btn'],
  rows: { selector: ROWS, read: readRow, edit: 'button.edit-record' },
  openAddForm: ['#search_add_record_btn'],
  typeControl: { kind: 'native-select', locator: ['#recordType_0', '#recordType'] },
  fields(type) {
    const fields: Partial<Record<FieldRole, Locator>> = {
      host: ['#recordName_0', '#recordName'],
      ttl: ['[name=recordTTL_0]', '#recordTTL'],
      value: VALUE[type],
    };
    if (type === 'MX' || type === 'SRV') fields.priority = ['#record_priority_0', '#record_priority_mx', '#record_priority'];
    if (type === 'SRV') {
      fields.weight = ['#record_weight_0', '#record_weight'];
      fields.port = ['#record_port_0', '#record_port'];
    }
    return fields;
  },
  commit: { kind: 'save', button: ['#inline_add_record_button_0', '#inline_add_record_button'] },
});

/** Cells: Name (full, final dot), TTL, Type, Record (`10 mx…` for MX, `prio weight port target` for SRV). */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [nameText = '', ttlText = '', typeText = '', data = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  // Names are absolute here: without a final dot they are still full names (cPanel shows both).
  const name = normalizeName(nameText.endsWith('.') || nameText.endsWith(zone) ? nameText : `${nameText}.${zone}`);
  return [recordFromText(type, name, Number(ttlText) || 14400, data)];
}

