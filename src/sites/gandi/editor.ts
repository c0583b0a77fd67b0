import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import type { Locator } from '../../fill/editor-spec.js';
import { cellTexts, zoneFileRecords } from '../../page/zone-table.js';
import { defineEditor } from '../define-editor.js';

/**
 * Gandi's DNS records page (admin.gandi.net). No selector of this site is verified: fields are
 * found by the words of Gandi's public help page (« Enregistrements DNS », « Ajouter », Type,
 * TTL, Nom, then Adresse IP / Hôte / Texte), in French and English. Names are relative to the
 * zone, so an absolute target needs its final dot.
 */

const ROWS = 'table.records-table tbody tr';
const VALUE_LABELS: Record<RecordType, RegExp> = {
  A: /^(adresse ipv4|adresse ip|ipv4 address|ip address)$/i,
  AAAA: /^(adresse ipv6|adresse ip|ipv6 address|ip address)$/i,
  CNAME: /^(nom d'hôte|hôte|hostname|host name|host)$/i,
  MX: /^(nom d'hôte|hôte|hostname|host name|host)$/i,
  SRV: /^(nom d'hôte|hôte|cible|hostname|host name|host|target)$/i,
  TXT: /^(texte|text)$/i,
};
const label = (pattern: RegExp): Locator => [{ label: pattern }];

/** « Ajouter », known by its word only (the help page names no selector). */
const ADD: Locator = [{ text: /^\+?\s*(ajouter|add)$/i }];
/** A row's « Modifier », also by its word. */
const EDIT = /^(modifier|edit)$/i;

/** How this site's DNS editor is filled in (the fill engine reads it; the page reader never loads it). */
export const editor = defineEditor({
  conventions: {
    // Gandi's help: a CNAME to another domain "devra être « clos » avec un point", else the zone
    // is appended (`example.com.example.com`).
    targetDot: true,
    // Inferred: no public page shows Gandi's SRV form.
    srv: 'name-in-host',
    // 300 s is the smallest TTL public LiveDNS clients send; the site's own minimum is unverified.
    ttl: { min: 300 },
  },
  ready: [...ADD, ROWS],
  rows: { selector: ROWS, read: readRow, edit: EDIT },
  openAddForm: ADD,
  typeControl: { kind: 'native-select', locator: label(/^type$/i) },
  fields(type) {
    return {
      host: label(/^(nom|name)$/i),
      value: label(VALUE_LABELS[type]),
      ttl: label(/^ttl$/i),
      ...((type === 'MX' || type === 'SRV') && { priority: label(/^(priorité|priority)$/i) }),
      ...(type === 'SRV' && { weight: label(/^(poids|weight)$/i), port: label(/^port$/i) }),
    };
  },
  commit: { kind: 'save', button: ['form.record-form button[type=submit]'] },
});

/** Cells: Type, Nom (relative, `@`), TTL, Valeur (zone-file rdata, relative names). */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', ttlText = '', value = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return zoneFileRecords(type, host, Number(ttlText) || 10800, value, zone);
}

