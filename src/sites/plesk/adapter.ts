import { normalizeName } from '../../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { EditorSpec, FieldRole, Locator } from '../../fill/editor-spec.js';
import type { SiteAdapter } from '../types.js';
import { cellTexts, readTableRecords, recordFromText, rowShowing } from '../../page/zone-table.js';

/**
 * Plesk DNS settings: `https://<host>:8443/smb/dns-zone/records-list/id/<siteId>/type/domain`,
 * on the customer's own host and port (no match patterns: injected on demand, known by its path
 * and its form). The add form has one field group per type, named `typesForms[<T>Type][<T><Field>]`.
 */
const PATH = /^\/smb\/dns-zone\//;
const CHECKED = '2026-11-23';
const ROWS = '#dns-records-list tbody tr';

// Pure: lets the page reader's build drop the editor that calls it (tree-shaking).
/* @__NO_SIDE_EFFECTS__ */ const field = (type: RecordType, suffix: string): Locator => [`[name="typesForms[${type}Type][${type}${suffix}]"]`];
const VALUE: Record<RecordType, string> = { A: 'IpAddress', AAAA: 'IpAddress', CNAME: 'CanonicalName', MX: 'MailExchanger', TXT: 'Record', SRV: 'TargetHost' };

/** How this site's editor is filled in: kept apart from `pleskAdapter` so the page reader ships without it. */
export const pleskEditor: EditorSpec = {
  capabilities: ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'],
  conventions: {
    apex: '',
    host: 'relative',
    targetDot: false,
    srv: 'split-fields',
    txtQuoted: false,
    ttl: { min: 60 },
  },
  ready: ['#buttonAddRecord', 'select[name=type]'],
  readRows: (document, zone) => readTableRecords(document, ROWS, (row) => readRow(row, zone)),
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
  editControl: (document, zone, record) =>
    rowShowing(document, ROWS, (row) => readRow(row, zone), record)?.querySelector('a.edit-record') ?? undefined,
  quirks: [
    {
      note: 'Form fields type=A, typesForms[AType][ADomainName], typesForms[AType][Attl], typesForms[AType][AIpAddress], forgery_protection_token: public automation. Last verified 2026-11-23 on fixture plesk.',
      confidence: 'verified',
      lastChecked: CHECKED,
    },
    {
      note: 'Other types follow the same pattern (MXMailExchanger, CNAMECanonicalName, TXTRecord, SRVService/Protocol/TargetHost/TargetPort…): inferred. Live Plesk may offer MX priority as a list (0–50).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'Blank domain name = the zone itself; the list shows full names with their final dot; #buttonAddRecord and #btn-send are inferred.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
  ],
};

/** Cells: Host (full, final dot), Record Type, Value (`10 mx.` for MX, `prio weight port target.` for SRV). */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [host = '', typeText = '', value = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  const name = normalizeName(host.endsWith('.') ? host : `${host}.${zone}.`);
  // 86400: the list does not show TTLs.
  return [recordFromText(type, name, 86400, value)];
}

/** The zone's name, from the page ("DNS Settings for example.com"): the URL only has a site id. */
function domainOf(document: Document): string | undefined {
  const text = `${document.querySelector('h1')?.textContent ?? ''} ${document.title}`;
  return /DNS Settings for ([a-z0-9.-]+\.[a-z0-9-]+)/i.exec(text)?.[1]?.toLowerCase();
}

export const pleskAdapter: SiteAdapter = {
  id: 'plesk',
  name: 'Plesk DNS settings',
  notation: 'relative',
  recognize: (document) => PATH.test(document.location?.pathname ?? '') && document.querySelector('#dns-records-list, [name^="typesForms["]') !== null,
  matches: (url) => PATH.test(url.pathname),
  read(url, document) {
    const domain = domainOf(document);
    const pageKind = /\/(records-list|add-record|edit-record)\//.test(url.pathname) ? 'dns-editor' : 'unknown';
    return domain ? { pageKind, domain } : { pageKind };
  },
};
