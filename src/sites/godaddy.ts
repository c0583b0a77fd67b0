import { normalizeHostInput, normalizeName } from '../records/normalize.js';
import { isRecordType, type DnsRecord, type RecordType } from '../records/types.js';
import type { EditorSpec, FieldRole, Locator } from './editor-spec.js';
import type { SiteAdapter } from './types.js';
import { cellTexts, readTableRecords, rowShowing } from './zone-table.js';

/**
 * GoDaddy Domain Control Center: `https://dcc.godaddy.com/control/portfolio/<domain>/settings?tab=dns`
 * (React, GoDaddy "UX" design system). "Add New Record" opens an inline row above the records
 * table; the type is a native select with lowercase values and changing it re-renders the row.
 * Facts from public automation notes verified live 2026-09 (registrar-pages.md); MX and SRV
 * extra fields are not documented anywhere: inferred, and marked so in `quirks`.
 */

const HOSTS = ['dcc.godaddy.com', 'dcc.secureserver.net'];

/**
 * The domain in the path, newest shape first: `/control/portfolio/<d>/settings` (tab=dns),
 * `/control/<d>/dns`, `/manage/<d>/dns`, or `?domainName=<d>` on `/control/dnsmanagement`.
 */
function domainOf(url: URL): { domain: string; pageKind: string } | undefined {
  const portfolio = /^\/control\/portfolio\/([^/]+)\/settings\/?$/.exec(url.pathname);
  if (portfolio) {
    const tab = url.searchParams.get('tab');
    return { domain: portfolio[1]!, pageKind: tab === null || tab === 'dns' ? 'dns-zone' : 'domain' };
  }
  const older = /^\/(?:control|manage)\/([^/]+)\/dns\/?$/.exec(url.pathname);
  if (older && older[1] !== 'dnsmanagement') return { domain: older[1]!, pageKind: 'dns-zone' };
  const named = url.searchParams.get('domainName');
  if (/^\/control\/dnsmanagement\/?$/.test(url.pathname) && named) return { domain: named, pageKind: 'dns-zone' };
  return undefined;
}

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

/**
 * The records table: Type, Name, Data, Priority (MX/SRV), TTL; SRV data reads
 * `<priority> <weight> <port> <target>` after a `_service._proto` name. Markup inferred.
 * GoDaddy's own parking record (`A @ Parked`) is no address: it is skipped.
 */
const ROWS = 'table.ux-table tbody tr[data-record-row]';

// Not recordFromText: `@` stands for the zone in targets here, and the priority has its own column.
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText, host, data, priorityText, ttlText] = cellTexts(row);
  const type = typeText?.toUpperCase() ?? '';
  if (!isRecordType(type) || host === undefined || data === undefined) return [];
  if (type === 'A' && /^parked$/i.test(data)) return [];
  const record: DnsRecord = { type, name: normalizeHostInput(host, zone), ttl: ttlOf(ttlText ?? ''), value: data };
  if (type === 'CNAME' || type === 'MX') record.value = data === '@' ? zone : normalizeName(data);
  if (type === 'MX') record.priority = Number(priorityText);
  if (type === 'SRV') {
    const [weight, port, target] = data.split(/\s+/);
    Object.assign(record, { priority: Number(priorityText), weight: Number(weight), port: Number(port), value: target === '@' ? zone : normalizeName(target ?? '') });
  }
  return [record];
}

/** The row's pencil (edit) button; the edit form reuses the add row's field ids (inferred). */
function editControl(document: Document, zone: string, record: DnsRecord): Element | undefined {
  return rowShowing(document, ROWS, (row) => readRow(row, zone), record)?.querySelector('[data-testid=dns-record-edit]') ?? undefined;
}

/** GoDaddy fields by id/testid; the Value input's id changes on every render, so never by id. */
const FIELDS: Record<Exclude<FieldRole, 'target'>, Locator> = {
  host: ['#nameDnsFieldInput', 'input[data-testid=nameDnsFieldInput]', { label: /^(name|nom|host)/i }],
  value: ['input[data-testid=dataDnsFieldInput]', 'textarea[data-testid=dataDnsFieldInput]', { label: /^(value|valeur|points to|target)/i }],
  ttl: ['select#ttl', { label: /^ttl/i }],
  // Inferred: GoDaddy's help pages list Priority for MX; Service, Protocol, Priority, Weight, Port for SRV.
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

/** How this site's editor is filled in: kept apart from `godaddyAdapter` so the page reader ships without it. */
export const godaddyEditor: EditorSpec = {
  capabilities: ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'],
  conventions: {
    apex: '@',
    host: 'relative',
    // Targets are always absolute here (`@` stands for the domain itself).
    targetDot: false,
    srv: 'split-fields',
    txtQuoted: false,
    // The TTL select's presets (1800 is the default); "custom" exists but is not used.
    ttl: { presets: [1800, 3600, 43200, 86400, 604800], min: 600 },
  },
  ready: ['#dnsAddNewRecord', 'table.ux-table'],
  readRows: (document, zone) => readTableRecords(document, ROWS, (row) => readRow(row, zone)),
  editControl,
  openAddForm: ['#dnsAddNewRecord'],
  typeControl: {
    kind: 'native-select',
    locator: ['select#dnsRecordIdDropdown'],
    optionValue: { A: 'a', AAAA: 'aaaa', CNAME: 'cname', MX: 'mx', TXT: 'txt', SRV: 'srv' },
  },
  fields(type) {
    const roles: Partial<Record<FieldRole, Locator>> = {};
    for (const role of FIELDS_BY_TYPE[type]) roles[role] = FIELDS[role];
    return roles;
  },
  commit: { kind: 'save', button: ['#bulk-dns-records-save-btn'] },
  quirks: [
    {
      note: 'Changing the type re-renders the whole new-record row, and the Value input gets a new id (undefined-data-<uuid>) on every render: find it by data-testid. Last verified 2026-11-23 on fixture godaddy.',
      confidence: 'verified',
      lastChecked: '2026-11-23',
    },
    {
      note: 'Save (#bulk-dns-records-save-btn) stays disabled until the row is filled; the TTL is a select of presets, 1800 by default. Last verified 2026-11-23 on fixture godaddy.',
      confidence: 'verified',
      lastChecked: '2026-11-23',
    },
    {
      note: 'MX priority and the SRV fields (service, protocol select, priority, weight, port; the target in Value) are inferred from help pages: no public capture of their markup. Last checked 2026-11-23 on fixture godaddy.',
      confidence: 'inferred',
      lastChecked: '2026-11-23',
    },
    {
      note: 'A cookie banner may cover the bottom of the page, and a parking record `A @ Parked` may exist: it is not an address and is left alone. Records table markup inferred. Last checked 2026-11-23 on fixture godaddy.',
      confidence: 'inferred',
      lastChecked: '2026-11-23',
    },
  ],
};

export const godaddyAdapter: SiteAdapter = {
  id: 'godaddy',
  name: 'GoDaddy',
  notation: 'relative',
  matchPatterns: HOSTS.map((host) => `https://${host}/*`),
  matches: (url) => HOSTS.includes(url.hostname) && domainOf(url) !== undefined,
  read(url) {
    const found = domainOf(url);
    if (!found) return { pageKind: 'unknown' };
    return { pageKind: found.pageKind, domain: decodeURIComponent(found.domain).toLowerCase() };
  },
};
