import { collectRoots, documentOf, rootsBelow, type QueryRoot } from '../fill/deep-query.js';
import { zoneDomainOf } from './domain/zone-domain.js';
import { badgeRows, typeBadges } from './listing/cards.js';
import type { ListedRow } from './listing/listed-row.js';
import { pendingRows } from './listing/pending.js';
import { recordOfRow } from './listing/row-record.js';
import { tableRows, zoneTables, type TableShape } from './listing/tables.js';
import { DNS_HEADING } from './listing/vocabulary.js';
import type { EditorEvidence, EditorRecognition, ListedRecord, ZoneDomainReading, ZonePageReading } from './zone-page.js';

/**
 * The generic page reader (layer 1: DOM only): is this page a DNS editor, which zone does it
 * edit, and which records does it list already — whatever the add form looks like, open or not.
 */

/** Evidence is said to the user: a few words, not a page. */
const MAX_DETAIL = 120;
/** Badges are read against this placeholder zone when only their shape matters. */
const ANY_ZONE = 'zone.invalid';
/** How many type badges recognition looks at: enough to see cards repeat, few enough for 5 ms. */
const SAMPLE_BADGES = 24;
/** Heading selectors, one at a time (Chromium's fast path; a selector list walks the whole page). */
const HEADING_SELECTORS = ['h1', 'h2', 'h3', '[role=heading]'];
/** A page title is among a page's first headings of each level, not among 5,000 cards' own. */
const SAMPLE_HEADINGS = 20;

/** Zone tables of these roots, without the inner one of a table nested in a grid (read once). */
function tablesOf(roots: readonly QueryRoot[]): TableShape[] {
  const shapes = roots.flatMap(zoneTables);
  return shapes.filter((shape) => !shapes.some((outer) => outer !== shape && outer.element.contains(shape.element)));
}

/**
 * Every listed row: tables and grids first; cards and CSS grids only on a page without any; then
 * the staged changes of a pending-changes list (a stage-then-publish page).
 */
function listedRows(roots: readonly QueryRoot[]): ListedRow[] {
  const tables = tablesOf(roots);
  const rows = tables.length > 0 ? tables.flatMap(tableRows) : roots.flatMap((root) => badgeRows(typeBadges(root)));
  return [...rows, ...roots.flatMap(pendingRows)];
}

function tableEvidence(roots: readonly QueryRoot[]): EditorEvidence | undefined {
  const table = tablesOf(roots)[0];
  return table && { clue: 'zone-listing', detail: table.headers.filter(Boolean).join(' · ').slice(0, MAX_DETAIL) || 'a table of record types' };
}

function cardEvidence(roots: readonly QueryRoot[]): EditorEvidence | undefined {
  const records = roots.flatMap((root) => badgeRows(typeBadges(root, SAMPLE_BADGES), SAMPLE_BADGES).flatMap((row) => recordOfRow(row, ANY_ZONE) ?? []));
  if (records.length < 2) return undefined;
  return { clue: 'zone-listing', detail: `records listed without a table (${[...new Set(records.map((record) => record.type))].join(', ')})` };
}

/** The first `count` items of a long list, without copying it all. */
const firstOf = (list: NodeListOf<Element>, count: number) => Array.from({ length: Math.min(count, list.length) }, (_, i) => list[i]!);

function headingEvidence(roots: readonly QueryRoot[]): EditorEvidence | undefined {
  const documents = roots.filter((root): root is Document => root.nodeType === Node.DOCUMENT_NODE);
  const texts = [
    ...documents.map((doc) => doc.title),
    ...roots.flatMap((root) => HEADING_SELECTORS.flatMap((selector) => firstOf(root.querySelectorAll(selector), SAMPLE_HEADINGS)).map((heading) => heading.textContent ?? '')),
  ];
  const text = texts.find((candidate) => DNS_HEADING.test(candidate));
  return text === undefined ? undefined : { clue: 'dns-heading', detail: text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL) };
}

/**
 * Cheap (≤ 5 ms on a 5,000-row zone): is this page a DNS editor, from its listing or its headings,
 * add form open or not. The light DOM first (native queries); then shadow roots and frames, each
 * as the walk finds it, until one shows a listing (walking a listing's 5,000 rows for roots nested
 * in them would cost more than reading it). Headings count in the roots looked at.
 */
export function recognizeEditor(document: Document): EditorRecognition {
  const roots: QueryRoot[] = [];
  let listing: EditorEvidence | undefined;
  for (const root of rootsBelow(document)) {
    roots.push(root);
    listing = tableEvidence([root]) ?? cardEvidence([root]);
    if (listing) break;
  }
  const evidence = [listing, headingEvidence(roots)].filter((found): found is EditorEvidence => found !== undefined);
  return { isEditor: evidence.length > 0, evidence };
}

/** The zone the page edits: heading, breadcrumb, title, URL, then the listing's own name. */
export function readZoneDomain(document: Document): ZoneDomainReading | undefined {
  const roots = collectRoots(document);
  const documents = [document, ...roots.filter((root): root is Document => root !== document && root.nodeType === Node.DOCUMENT_NODE)];
  return zoneDomainOf(documents.map(documentOf), roots);
}

/** Every record the page lists (tables, ARIA grids, CSS grids, cards; shadow roots and same-origin frames). */
export function readListedRecords(document: Document, zone: string): ListedRecord[] {
  return listedRows(collectRoots(document)).flatMap((row) => {
    const record = recordOfRow(row, zone);
    return record ? [{ record, elements: row.elements, editable: row.editable }] : [];
  });
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
