import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Namecheap Advanced DNS (`ap.www.namecheap.com/Domains/DomainControlPanel/<d>/advancedns`): an
 * AngularJS page whose "Add New Record" link opens an inline row at the top of the host records
 * table; the row's type is a custom dropdown, and its checkmark saves that row.
 *
 * Evidence (checked 2026-11-23): Microsoft's "Create DNS records at Namecheap" guide
 * (github.com/MicrosoftDocs/microsoft-365-docs, microsoft-365/admin/dns/create-dns-records-at-namecheap.md)
 * gives the Type words ("TXT Record", "CNAME Record", "SRV Record"), the SRV fields (Service,
 * Protocol, Priority, Weight, Port, Target, TTL: no Host), MX under Mail Settings → Custom MX
 * (Priority in an unnamed box right of Value), and says CNAME, MX and SRV targets "MUST end with
 * a period". A third-party guide and DNSControl issue #3680 (2025-07) add that an SRV record
 * below the apex takes its sub-domain in Protocol (`_tcp.sub`).
 */

/** The TTL dropdown's words, in seconds. "Automatic" is Namecheap's 30-minute default (1799 s, inferred). */
const TTL_WORDS: Record<string, number> = {
  automatic: 1799, '1 min': 60, '5 min': 300, '20 min': 1200, '30 min': 1800, '60 min': 3600, '1 day': 86400,
};

/** The inline row being added: "Add New Record" inserts it above the saved rows, so the first one is the newest. */
const NEW_ROW = 'tr.edit-row';
const ROWS = 'tr.record-row';

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    // Microsoft's guide: the target "MUST end with a period" (a third-party guide calls it optional
    // for SRV): with the dot the record is right either way, without it it may not be.
    targetDot: true,
    srv: 'split-fields',
    ttl: { presets: [60, 300, 1200, 1800, 3600, 86400] },
  },
  ready: ['a.add-new-record'],
  rows: { selector: ROWS, read: readRow, edit: 'a.edit' },
  openAddForm: ['a.add-new-record'],
  typeControl: {
    kind: 'combobox',
    trigger: [`${NEW_ROW} [role=combobox][aria-haspopup=listbox]`],
    optionText: {
      A: /^A Record$/i,
      AAAA: /^AAAA Record$/i,
      CNAME: /^CNAME Record$/i,
      MX: /^MX Record$/i,
      TXT: /^TXT Record$/i,
      SRV: /^SRV Record$/i,
    },
  },
  fields(type) {
    const ttl = [`${NEW_ROW} select[name=ttl]`];
    if (type === 'SRV') {
      // No Host field: the filler leaves an apex host out, and stops (nothing written) for an SRV
      // record below the apex, which Namecheap wants as `_tcp.sub` in Protocol (not modelled).
      return {
        service: [`${NEW_ROW} input[name=service]`],
        protocol: [`${NEW_ROW} input[name=protocol]`],
        priority: [`${NEW_ROW} input[name=priority]`],
        weight: [`${NEW_ROW} input[name=weight]`],
        port: [`${NEW_ROW} input[name=port]`],
        target: [`${NEW_ROW} input[name=target]`],
        ttl,
      };
    }
    return {
      host: [`${NEW_ROW} input[name=host]`],
      value: [`${NEW_ROW} input[name=idAddress]`],
      ...(type === 'MX' && { priority: [`${NEW_ROW} input[name=priority]`] }),
      ttl,
    };
  },
  commit: { kind: 'save', button: [`${NEW_ROW} a.save`] },
  // Editing a row opens it as an edit row (same fields), saved by its own checkmark.
});

/**
 * One saved row as a record. The value cell holds the target (MX priority has its own column) or,
 * for SRV, `priority weight port target` as the row shows it.
 */
function readRow(row: Element, zone: string): DnsRecord[] {
  const cell = (name: string) => row.querySelector(`td.${name} p`)?.textContent?.trim() ?? '';
  const type = cell('type').replace(/\s*Record$/i, '').toUpperCase();
  if (!isRecordType(type)) return [];
  const ttl = TTL_WORDS[cell('ttl').toLowerCase()] ?? (Number(cell('ttl')) || 1799);
  // Only MX has its priority in a column of its own; SRV keeps it in the value text.
  return [recordFromText(type, normalizeHostInput(cell('host'), zone), ttl, cell('value'), type === 'MX' ? cell('priority') : undefined)];
}

