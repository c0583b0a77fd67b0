import { normalizeName } from '../../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { cellTexts, recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Plesk DNS settings: `https://<host>:8443/smb/dns-zone/records-list/id/<siteId>/type/domain`,
 * on the customer's own host and port (no match patterns: injected on demand, known by its path
 * and its form). The add form has one field group per type, named `typesForms[<T>Type][<T><Field>]`.
 */
const ROWS = '#dns-records-list tbody tr';

const field = (type: RecordType, suffix: string): Locator => [`[name="typesForms[${type}Type][${type}${suffix}]"]`];
const VALUE: Record<RecordType, string> = { A: 'IpAddress', AAAA: 'IpAddress', CNAME: 'CanonicalName', MX: 'MailExchanger', TXT: 'Record', SRV: 'TargetHost' };

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    apex: '',
    srv: 'split-fields',
    ttl: { min: 60 },
  },
  ready: ['#buttonAddRecord', 'select[name=type]'],
  rows: { selector: ROWS, read: readRow, edit: 'a.edit-record' },
  openAddForm: ['#buttonAddRecord'],
  typeControl: { kind: 'native-select', locator: ['select[name=type]'] },
  fields(type) {
    const fields: Partial<Record<FieldRole, Locator>> = { host: field(type, 'DomainName'), value: field(type, VALUE[type]), ttl: field(type, 'ttl') };
    if (type === 'MX' || type === 'SRV') fields.priority = field(type, 'Priority');
    if (type === 'SRV') {
      fields.service = field(type, 'Service');
      fields.protocol = field(type, 'Protocol');
      fields.weight = field(type, 'Weight');
      fields.port = field(type, 'TargetPort');
    }
    return fields;
  },
  commit: { kind: 'save', button: ['#btn-send', 'form button[type=submit]'] },
});

/** Cells: Host (full, final dot), Record Type, Value (`10 mx.` for MX, `prio weight port target.` for SRV). */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [host = '', typeText = '', value = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  const name = normalizeName(host.endsWith('.') ? host : `${host}.${zone}.`);
  // 86400: the list does not show TTLs.
  return [recordFromText(type, name, 86400, value)];
}

