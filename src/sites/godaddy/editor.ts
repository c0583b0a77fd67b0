import { normalizeHostInput, normalizeName } from '../../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { FieldRole, Locator } from '../../fill/editor-spec.js';
import { cellTexts } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * GoDaddy Domain Control Center: `https://dcc.godaddy.com/control/portfolio/<domain>/settings?tab=dns`
 * (React, GoDaddy "UX" design system). "Add New Record" opens an inline row above the records
 * table; the type is a native select with lowercase values and changing it re-renders the row.
 *
 * Evidence (checked 2026-11-23; URLs in the quirks below and in the registrar-facts report):
 * - Add form, type select, name/value inputs, TTL presets, Save: public automation notes surveyed
 *   live 2026-09-14/15 (eldrgeek/Yeshie sites/dcc.godaddy.com/README.md).
 * - Records table: the same notes and a second set of field notes (Jun/Jul 2026): a leading
 *   checkbox cell, then Type | Name | Data | TTL, then the row's buttons (aria-label Copy /
 *   Delete / Edit, data-testid `template-record-<Action>-<uuid>`); NO Priority column.
 * - MX and SRV form fields: Microsoft's "Create DNS records at GoDaddy" guide (MX: Host, Points
 *   to, Priority, TTL; SRV: Name, Target, Protocol, Service, Priority, Weight, Port, TTL) and
 *   GoDaddy's Domains API record schema (`data` is the SRV target; priority, weight, port,
 *   service, protocol are fields of their own). Their markup (test ids) is still inferred.
 */

/** The TTL select's option texts (table) and values (form), in seconds. */
const TTL_TEXTS: Record<string, number> = {
  '1/2 hour': 1800,
  '30 minutes': 1800,
  '1 hour': 3600,
  '12 hours': 43200,
  '1 day': 86400,
  '1 week': 604800,
};

function ttlOf(text: string): number {
  const seconds = TTL_TEXTS[text.trim().toLowerCase()] ?? Number.parseInt(text, 10);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 3600;
}

/** The parking placeholders GoDaddy shows in the Data cell of a new domain's `A @`: no address. */
const PARKED = /^(parked|websitebuilder site)$/i;

/**
 * The records table (field notes 2026-07 and 2026-09-15): rows `tr.ux-tr`, a checkbox cell, then
 * Type | Name | Data | TTL (a label: "1/2 Hour", "600 seconds"), then the row's buttons. There is
 * no Priority column, so an MX or SRV row's numbers can only be in its Data cell. How GoDaddy
 * writes them there is NOT documented anywhere we found (the notes read A and TXT rows only):
 * this reader takes the zone-file order (`10 mx.example.net`, `10 5 443 target`), and a Data
 * cell that does not start with those numbers reads as no record at all. The run then cannot see
 * the record it saved and stops with a sentence, rather than taking a wrong record for present.
 */
const ROWS = 'table.ux-table tbody tr.ux-tr';

/**
 * One row's cells as a record; [] when the row is not one the filler can read. Exported for the
 * unit tests: the cells as `cellTexts` gives them, checkbox cell first (or absent, older UI).
 */
export function godaddyRowRecords(cells: readonly string[], zone: string): DnsRecord[] {
  // The checkbox column came in 2026 (field notes): skip it when the first cell is no type.
  const start = isRecordType((cells[0] ?? '').toUpperCase()) ? 0 : 1;
  const [typeText, host, data, ttlText] = cells.slice(start);
  const type = typeText?.toUpperCase() ?? '';
  if (!isRecordType(type) || host === undefined || data === undefined) return [];
  if (type === 'A' && PARKED.test(data)) return [];
  const name = normalizeHostInput(host, zone);
  const ttl = ttlOf(ttlText ?? '');
  // `@` stands for the zone in targets here (the default `CNAME www @`).
  const target = (text: string) => (text === '@' ? zone : normalizeName(text));
  if (type === 'MX' || type === 'SRV') {
    const parts = data.split(/\s+/);
    const numbers = parts.slice(0, type === 'MX' ? 1 : 3);
    const rest = parts.slice(numbers.length);
    if (rest.length !== 1 || !numbers.every((n) => /^\d+$/.test(n))) return [];
    const [priority, weight, port] = numbers.map(Number);
    return [type === 'MX' ? { type, name, ttl, value: target(rest[0]!), priority: priority! } : { type, name, ttl, value: target(rest[0]!), priority: priority!, weight: weight!, port: port! }];
  }
  return [{ type, name, ttl, value: type === 'CNAME' ? target(data) : data }];
}

const readRow = (row: Element, zone: string): DnsRecord[] => godaddyRowRecords(cellTexts(row), zone);

/**
 * GoDaddy fields by id/testid. The new-record row's Value input gets a new id on every render
 * (`undefined-data-<uuid>`), so it is found by test id; the inline edit form's Value input has
 * the plain id `dataDnsFieldInput` (field notes 2026-07), its fallback.
 */
const FIELDS: Record<Exclude<FieldRole, 'target'>, Locator> = {
  host: ['#nameDnsFieldInput', 'input[data-testid=nameDnsFieldInput]', { label: /^(name|nom|host)/i }],
  value: ['input[data-testid=dataDnsFieldInput]', 'textarea[data-testid=dataDnsFieldInput]', 'input#dataDnsFieldInput', { label: /^(value|valeur|points to|target)/i }],
  ttl: ['select#ttl', { label: /^ttl/i }],
  // The fields are documented (Microsoft's GoDaddy guide; GoDaddy's API schema); their test ids
  // are guessed from the verified `<field>DnsFieldInput` pattern, the labels are the fallback.
  priority: ['input[data-testid=priorityDnsFieldInput]', { label: /^(priority|priorité)/i }],
  weight: ['input[data-testid=weightDnsFieldInput]', { label: /^(weight|poids)/i }],
  port: ['input[data-testid=portDnsFieldInput]', { label: /^port/i }],
  service: ['input[data-testid=serviceDnsFieldInput]', { label: /^service/i }],
  protocol: ['select[data-testid=protocolDnsFieldInput]', { label: /^(protocol|protocole)/i }],
};

const FIELDS_BY_TYPE: Record<RecordType, readonly (keyof typeof FIELDS)[]> = {
  A: ['host', 'value', 'ttl'],
  AAAA: ['host', 'value', 'ttl'],
  CNAME: ['host', 'value', 'ttl'],
  TXT: ['host', 'value', 'ttl'],
  MX: ['host', 'value', 'priority', 'ttl'],
  SRV: ['service', 'protocol', 'host', 'value', 'priority', 'weight', 'port', 'ttl'],
};

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    // Targets are always absolute here (`@` stands for the domain itself).
    targetDot: false,
    srv: 'split-fields',
    // The TTL select's presets (1800, "1/2 Hour", is the default and the smallest: no 600 s
    // option, field notes 2026-07); "custom" exists but is not used.
    ttl: { presets: [1800, 3600, 43200, 86400, 604800] },
  },
  ready: ['#dnsAddNewRecord', 'table.ux-table'],
  // The row's Edit button (field notes 2026-07: aria-label Edit, data-testid template-record-Edit-<uuid>).
  rows: { selector: ROWS, read: readRow, edit: 'button[aria-label="Edit"], [data-testid^="template-record-Edit-"]' },
  openAddForm: ['#dnsAddNewRecord'],
  typeControl: {
    kind: 'native-select',
    // A native select under a custom skin: set it, never click the skin (field notes 2026-07).
    locator: ['select#dnsRecordIdDropdown', "select[name='select-input-dns-record-type']"],
    optionValue: { A: 'a', AAAA: 'aaaa', CNAME: 'cname', MX: 'mx', TXT: 'txt', SRV: 'srv' },
  },
  fields(type) {
    const roles: Partial<Record<FieldRole, Locator>> = {};
    for (const role of FIELDS_BY_TYPE[type]) roles[role] = FIELDS[role];
    return roles;
  },
  // New records: #bulk-dns-records-save-btn; the inline edit form's button is known by its word only.
  commit: { kind: 'save', button: ['#bulk-dns-records-save-btn', { text: /^save( all records)?$/i }] },
});

