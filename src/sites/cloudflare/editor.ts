import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { cellTexts, recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Cloudflare dashboard: `https://dash.cloudflare.com/<accountId>/<domain>/dns/records` (older:
 * `…/<domain>/dns`). React; the add button opens an inline form whose inputs carry
 * `aria-labelledby=dns-label-<field>` and `name=<field>` (public userscripts, registrar-pages.md).
 * Button texts are localized, so everything is found by test id or name, never by text.
 *
 * Evidence for the other types (checked 2026-11-23): the form's words are Cloudflare's own
 * (cloudflare-docs: MX "Mail server" + "Priority", TXT "Content", CNAME "Target"). SRV: since
 * 2024 the whole `_service._proto.host` goes in Name (Service and Protocol are only derived from
 * it), then Priority, Weight, Port, Target (Bloom-host/BloomDocs#311, 2024-03-12; Cloudflare's API
 * deprecated its separate service/proto/name SRV fields, end of life 2024-05-31,
 * cloudflare-docs#13059). The `name=` of those inputs is guessed from the label the same way
 * the verified ones are (`IPv4 address` → `ipv4_address`); English labels are the fallback.
 */

const byField = (field: string, tag = 'input', label?: RegExp): Locator => [
  `${tag}[name=${field}]`,
  `[aria-labelledby=dns-label-${field}]`,
  ...(label ? [{ label }] : []),
];

/**
 * Role → locator per type. Verified names: name, ipv4_address, ipv6_address, target (CNAME).
 * The labels of MX, TXT and SRV are Cloudflare's documented words; their names are guessed.
 */
const FIELDS_BY_TYPE: Record<RecordType, Partial<Record<FieldRole, Locator>>> = {
  A: { host: byField('name'), value: byField('ipv4_address'), ttl: byField('ttl', 'select') },
  AAAA: { host: byField('name'), value: byField('ipv6_address'), ttl: byField('ttl', 'select') },
  CNAME: { host: byField('name'), value: byField('target'), ttl: byField('ttl', 'select') },
  MX: { host: byField('name'), value: byField('mail_server', 'input', /^mail server/i), priority: byField('priority', 'input', /^priority/i), ttl: byField('ttl', 'select') },
  // Input or textarea: the tag of Content is not known, the aria-labelledby locator takes either.
  TXT: { host: byField('name'), value: byField('content', 'textarea', /^content/i), ttl: byField('ttl', 'select') },
  SRV: {
    host: byField('name'),
    priority: byField('priority', 'input', /^priority/i),
    weight: byField('weight', 'input', /^weight/i),
    port: byField('port', 'input', /^port/i),
    value: byField('target', 'input', /^target/i),
    ttl: byField('ttl', 'select'),
  },
};

/** "Auto" is TTL 1 (Cloudflare picks 300); the table shows the others as "1 hr", "5 min"… */
function ttlOf(text: string): number {
  const match = /^(\d+)\s*(min|hr|h|day|d|s)?/i.exec(text.trim());
  if (!match) return 1;
  const unit = { min: 60, hr: 3600, h: 3600, day: 86400, d: 86400, s: 1 }[(match[2] ?? 's').toLowerCase()] ?? 1;
  return Number(match[1]) * unit;
}

/**
 * The records table: `tr[data-testid=dns-table-row]` with Type, Name, Content, Proxy status,
 * TTL. Names are relative (the apex shows as the zone itself); MX/SRV numbers come first in
 * Content (`10 mx.example.net`, `0 0 443 target`). Cell order and content format inferred: the
 * API's own `content` of an SRV record leaves the priority out (`5 443 target`, priority apart,
 * cloudflare-docs dns-record-types), so a table that showed that would read as another record
 * and the run would stop at "not saved" rather than take it for the one it filled.
 */
const ROWS = 'tr[data-testid=dns-table-row]';

function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText, host, content, , ttlText] = cellTexts(row);
  const type = typeText?.toUpperCase() ?? '';
  if (!isRecordType(type) || host === undefined || content === undefined) return [];
  return [recordFromText(type, normalizeHostInput(host, zone), ttlOf(ttlText ?? ''), content)];
}

/** The types Cloudflare can proxy: their form has the "Proxy status" switch. */
const PROXIABLE: ReadonlySet<RecordType> = new Set(['A', 'AAAA', 'CNAME']);

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    // 1 = Auto. Presets of the TTL select.
    ttl: { presets: [1, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 43200, 86400] },
  },
  ready: ['[data-testid=dns-table-add-record-button]'],
  // The row's edit link (verified test id); its form opens in an expanded row right after it.
  rows: { selector: ROWS, read: readRow, edit: 'button[data-testid=dns-table-row-edit-link]' },
  openAddForm: ['[data-testid=dns-table-add-record-button]'],
  typeControl: {
    kind: 'combobox',
    trigger: ['[aria-labelledby=dns-label-type]'],
    optionText: { A: /^A$/, AAAA: /^AAAA$/, CNAME: /^CNAME$/, MX: /^MX$/, TXT: /^TXT$/, SRV: /^SRV$/ },
  },
  fields: (type) => FIELDS_BY_TYPE[type],
  commit: { kind: 'save', button: ['[data-testid=dns-record-form-save-button]'] },
  // Mail names must resolve to the mail server itself, never to Cloudflare's proxy: "DNS only".
  switches: (type) =>
    PROXIABLE.has(type) ? [{ name: { en: 'proxy status', fr: 'statut du proxy' }, locator: ['[role=switch][aria-labelledby=dns-label-proxied]', 'button[aria-labelledby=dns-label-proxied]'], on: false }] : [],
});

