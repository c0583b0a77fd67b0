import { normalizeHostInput } from '../records/normalize.js';
import { isRecordType, type DnsRecord } from '../records/types.js';
import type { EditorSpec, Locator } from './editor-spec.js';
import { routeReader } from './route-reader.js';
import type { SiteAdapter } from './types.js';
import { cellTexts, readTableRecords, recordFromText, rowShowing } from './zone-table.js';

/**
 * IONOS DNS settings (`my.ionos.com/domain-dns-settings/<d>`). No selector is verified: the
 * guides say "Add record" → type → Host name / Points to / TTL, and the fields are found by those
 * words. The type is chosen with one button per type.
 */
const HOST = 'my.ionos.com';
const ROUTE = /^\/domain-dns-settings\/([^/]+)\/?$/i;
const CHECKED = '2026-11-23';
const ROWS = 'table.dns-records tbody tr';

// Pure: lets the page reader's build drop the editor that calls it (tree-shaking).
/* @__NO_SIDE_EFFECTS__ */ const label = (pattern: RegExp): Locator => [{ label: pattern }];

/** "Add record", known by its words only (the guides name no selector). */
const ADD: Locator = [{ text: /^\+?\s*add record$/i }];
/** A row's "Edit record" (behind a gear icon), also by its words. */
const EDIT = /edit record$/i;

/** How this site's editor is filled in: kept apart from `ionosAdapter` so the page reader ships without it. */
export const ionosEditor: EditorSpec = {
  capabilities: ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'],
  conventions: {
    apex: '@',
    host: 'relative',
    targetDot: false,
    srv: 'split-fields',
    txtQuoted: false,
    ttl: { presets: [300, 3600, 28800, 86400] },
  },
  ready: ADD,
  readRows: (document, zone) => readTableRecords(document, ROWS, (row) => readRow(row, zone)),
  openAddForm: ADD,
  typeControl: { kind: 'button-group', buttons: ['.record-type-list button'] },
  fields(type) {
    return {
      ...(type === 'SRV' && { service: label(/^service$/i), protocol: label(/^protocol$/i) }),
      host: label(/^(host ?name|host)$/i),
      value: label(type === 'TXT' ? /^value$/i : /^points to$/i),
      ttl: label(/^ttl$/i),
      ...((type === 'MX' || type === 'SRV') && { priority: label(/^priority$/i) }),
      ...(type === 'SRV' && { weight: label(/^weight$/i), port: label(/^port$/i) }),
    };
  },
  commit: { kind: 'save', button: ['form.record-form button[type=submit]'] },
  editControl(document, zone, record) {
    const row = rowShowing(document, ROWS, (candidate) => readRow(candidate, zone), record);
    return [...(row?.querySelectorAll('button') ?? [])].find((button) => EDIT.test(button.textContent?.trim() ?? ''));
  },
  quirks: [
    {
      note: 'Field words "Add record", Type, Host name, Points to, TTL from IONOS guides; no verified selector. "Add record" and "Edit record" are found by their words; type tiles and the TTL list (5 minutes … 1 day) are inferred.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'Editing is under the row\'s gear menu → Edit record (DE help: Aktionen → Zahnrad → Record bearbeiten).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'SRV takes Service and Protocol apart from the host name (inferred). Last verified 2026-11-23 on fixture ionos.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
  ],
};

/** Cells: Type, Host name (full), Value (`10 mx…` for MX, `prio weight port target` for SRV), TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', value = '', ttlText = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(host, zone), Number(ttlText) || 3600, value)];
}

export const ionosAdapter: SiteAdapter = {
  id: 'ionos',
  name: 'IONOS DNS',
  notation: 'relative',
  matchPatterns: [`https://${HOST}/*`],
  matches: (url) => url.hostname === HOST,
  read: routeReader(ROUTE),
};
