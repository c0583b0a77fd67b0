import { isRecordType, type DnsRecord, type RecordType } from '../../records/types.js';
import { defineEditor, type Locator } from '../../fill/editor-spec.js';
import { cellTexts, readTableRecords, rowShowing, zoneFileRecords } from '../../page/zone-table.js';

/**
 * Gandi's DNS records page (admin.gandi.net). No selector of this site is verified: fields are
 * found by the words of Gandi's public help page (« Enregistrements DNS », « Ajouter », Type,
 * TTL, Nom, then Adresse IP / Hôte / Texte), in French and English. Names are relative to the
 * zone, so an absolute target needs its final dot.
 */
const CHECKED = '2026-11-23';
const HELP = 'docs.gandi.net/fr/noms_domaine/operations_courantes/enregistrements_dns.html';
const FAQ = 'docs.gandi.net/fr/noms_domaine/faq/type_enregistrements_dns/generalites.html';

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
  readRows: (document, zone) => readTableRecords(document, ROWS, (row) => readRow(row, zone)),
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
  editControl: (document, zone, record) => [...(rowShowing(document, ROWS, (row) => readRow(row, zone), record)?.querySelectorAll('button') ?? [])].find((button) => EDIT.test(button.textContent?.trim() ?? '')),
  quirks: [
    {
      note: `Form words (Type, TTL, Nom, Adresse IP / Hôte / Texte, « Ajouter ») from the public help page ${HELP}; no selector is verified. « Ajouter » and each row's « Modifier » are found by their words.`,
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: `Relative syntax: @ is the apex, a sub-domain is written alone (www), a target without its final dot is read inside the zone; default TTL 10800 (${HELP}, ${FAQ}).`,
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: `Editing a record changes its value only; its name and type are greyed (${FAQ}): the one edit the filler makes (the SPF value) fits.`,
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'MX and SRV fields (Priorité, Poids, Port) and the type control (a native select labelled Type) are not in any public page found: inferred. A field not found stops the run before anything is written.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'The URL shape is not verified: /domain/<org>/<d>/records, /domain/<d>/records and /domain/<d>/dns/records are all accepted.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
    {
      note: 'The table view shows each value in zone-file syntax (quoted TXT, targets with their final dot). Last verified 2026-11-23 on fixture gandi.',
      confidence: 'inferred',
      lastChecked: CHECKED,
    },
  ],
});

/** Cells: Type, Nom (relative, `@`), TTL, Valeur (zone-file rdata, relative names). */
function readRow(row: Element, zone: string): DnsRecord[] {
  const [typeText = '', host = '', ttlText = '', value = ''] = cellTexts(row);
  const type = typeText.toUpperCase();
  if (!isRecordType(type)) return [];
  return zoneFileRecords(type, host, Number(ttlText) || 10800, value, zone);
}

