import type { EditorRecognition, ListedRecord, ZoneDomainReading, ZonePageReading } from './zone-page.js';

/**
 * The generic page reader's entry points (layer 1: DOM only). Implementation lands in the next
 * commits; the signatures are the contract the form driver (src/fill/) codes against.
 */

/** Cheap (≤ 5 ms on a 5,000-row zone): is this page a DNS editor, from its listing or headings, add form open or not. */
export function recognizeEditor(_document: Document): EditorRecognition {
  return { isEditor: false, evidence: [] };
}

/** The zone the page edits: heading, breadcrumb, title, URL, then the listing's own names. */
export function readZoneDomain(_document: Document, _url?: URL): ZoneDomainReading | undefined {
  return undefined;
}

/** Every record the page lists (tables, ARIA grids, CSS grids, cards; shadow roots and same-origin frames). */
export function readListedRecords(_document: Document, _zone: string): ListedRecord[] {
  return [];
}

/** All three at once; `zone` (the setup's domain) is used when the page does not say its own. */
export function readZonePage(document: Document, zone?: string): ZonePageReading {
  const domain = readZoneDomain(document);
  const origin = domain?.domain ?? zone;
  return { editor: recognizeEditor(document), ...(domain && { domain }), records: origin ? readListedRecords(document, origin) : [] };
}

/** True when `element` sits inside a listed row (through shadow roots too): the driver must not write there. */
export function isInsideListedRow(element: Element, records: readonly ListedRecord[]): boolean {
  const rows = new Set(records.flatMap((listed) => listed.elements));
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (rows.has(node as Element)) return true;
  }
  return false;
}
