import { normalizeHostInput } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import type { Locator } from '../../fill/editor-spec.js';
import { cellTexts, recordFromText } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * IONOS DNS settings (`my.ionos.com/domain-dns-settings/<d>`). No selector is verified: fields are
 * found by their words. Evidence (checked 2026-11-23): Microsoft's "Connect your DNS records at
 * IONOS" guide (microsoft-365-docs create-dns-records-at-ionos-com.md, ms.date 2024-04-01):
 * "Add record", then a section per type (TXT, MX, CNAME, SPF (TXT), SRV: one tile per type);
 * TXT: Host name, Value, TTL; MX: Host name (@), Points to, Priority, TTL; SRV: Service (`_sip`),
 * Protocol (`tcp`, `tls`: written WITHOUT underscore there), Host name (blank for the domain),
 * Points to, Priority, Weight, Port, TTL; CNAME: an "Alias" box. TTL is chosen as "1 hour".
 */
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
  rows: { selector: ROWS, read: readRow, edit: EDIT },
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
});

/** Cells: Type, Host name (full), Value (`10 mx…` for MX, `prio weight port target` for SRV), TTL. */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', value = '', ttlText = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return [recordFromText(type, normalizeHostInput(host, zone), Number(ttlText) || 3600, value)];
}

