import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { defineEditor, type Locator } from '../../fill/editor-spec.js';
import { cellTexts, readTableRecords, recordFromText, rowShowing } from '../../page/zone-table.js';

/**
 * IONOS DNS settings (`my.ionos.com/domain-dns-settings/<d>`). No selector is verified: fields are
 * found by their words. Evidence (checked 2026-11-23): Microsoft's "Connect your DNS records at
 * IONOS" guide (microsoft-365-docs create-dns-records-at-ionos-com.md, ms.date 2024-04-01):
 * "Add record", then a section per type (TXT, MX, CNAME, SPF (TXT), SRV: one tile per type);
 * TXT: Host name, Value, TTL; MX: Host name (@), Points to, Priority, TTL; SRV: Service (`_sip`),
 * Protocol (`tcp`, `tls`: written WITHOUT underscore there), Host name (blank for the domain),
 * Points to, Priority, Weight, Port, TTL; CNAME: an "Alias" box. TTL is chosen as "1 hour".
 */
const CHECKED = '2026-11-23';
const ROWS = 'table.dns-records tbody tr';

const label = (pattern: RegExp): Locator => [{ label: pattern }];

/** "Add record", known by its words only (the guides name no selector). */
const ADD: Locator = [{ text: /^\+?\s*add record$/i }];
/** A row's "Edit record" (behind a gear icon), also by its words. */
const EDIT = /edit record$/i;

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    srv: 'split-fields',
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
      // CNAME: Microsoft's guide names the box "Alias:"; the other guides "Points to".
      value: label(type === 'TXT' ? /^value$/i : type === 'CNAME' ? /^(points to|alias):?$/i : /^points to$/i),
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
      note: 'Words "Add record", a tile per type, Host name, Value (TXT), Points to (MX, SRV), Alias (CNAME), Priority, Service, Protocol, Weight, Port, TTL: Microsoft\'s IONOS guide (https://github.com/MicrosoftDocs/microsoft-365-docs/blob/public/microsoft-365/admin/dns/create-dns-records-at-ionos-com.md, 2024-04-01). No selector is verified: "Add record" and "Edit record" are found by their words; the tile markup and the TTL list (5 minutes … 1 day) are inferred.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'Editing is under the row\'s gear menu → Edit record (DE help: Aktionen → Zahnrad → Record bearbeiten).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'SRV takes Service and Protocol apart from the host name (Microsoft\'s guide). The guide writes the protocol without its underscore (tcp, tls): if the live Protocol control is a list of those words, "_tcp" is not among them and the run stops before writing anything; if it is a text box, the site\'s own check decides. Unverified.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'The apex: Microsoft\'s guide writes "@" for MX and leaves Host name blank for TXT and SRV; the filler writes "@" everywhere (the form taking both is inferred).',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'Microsoft\'s guide: IONOS "doesn\'t allow a domain to have both an MX record and a top-level Autodiscover CNAME record", and makes each CNAME on a sub-domain page of its own ("Add subdomain", then the CNAME "Alias"). Where the plain form refuses a CNAME, the site says so on Save and the run stops at "not saved" for that record.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
  ],
});

/** Cells: Type, Host name (full), Value (`10 mx…` for MX, `prio weight port target` for SRV), TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', value = '', ttlText = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(host, zone), Number(ttlText) || 3600, value)];
}

