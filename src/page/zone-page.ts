import type { DnsRecord } from '../records/types.js';

/**
 * What the generic page reader tells the form driver and the planner about a DNS editor nobody
 * wrote an adapter for: is it one, and why; which zone it edits, and from what; every record it
 * already lists, each with the elements that show it (the driver never writes inside those).
 * Read from ARIA semantics and DNS vocabulary, never from a site's ids or classes.
 */

/** Where the zone's domain was read, most trusted first (the reader tries them in this order). */
export const DOMAIN_SOURCES = ['heading', 'breadcrumb', 'title', 'url', 'listing'] as const;
export type DomainSource = (typeof DOMAIN_SOURCES)[number];

export interface ZoneDomainReading {
  /**
   * The zone as read without the UTS #46 table (page/domain/zone-name.ts): ASCII in the model's
   * form (lowercase, no final dot), an IDN as the page writes it, for a strict reading later.
   */
  domain: string;
  source: DomainSource;
  /** The text (or URL part) it was read from, capped: shown to the user as the reason. */
  evidence: string;
}

/** What made the reader take the page for a DNS editor (several may hold at once). */
export type EditorClue =
  /** A table, ARIA grid, CSS grid or cards whose rows show record types and names. */
  | 'zone-listing'
  /** A heading such as "DNS records", « Zone DNS », « Enregistrements DNS ». */
  | 'dns-heading';

export interface EditorEvidence {
  clue: EditorClue;
  /** The words that showed it (a header row, a heading), capped. */
  detail: string;
}

export interface EditorRecognition {
  isEditor: boolean;
  /** Empty when `isEditor` is false. */
  evidence: EditorEvidence[];
}

export interface ListedRecord {
  /** The row as a model record: names absolute (resolved against the zone), TXT unquoted. */
  record: DnsRecord;
  /**
   * The elements that show this record: its table row, grid row or card (one element), or its
   * cells where a CSS grid lays cells out with no row element. Never to be written into.
   */
  elements: readonly Element[];
  /**
   * True when the row holds controls of its own (an editable priority, a TTL select): the record
   * was read from their current values, and the driver must never touch them.
   */
  editable: boolean;
}

export interface ZonePageReading {
  editor: EditorRecognition;
  /** Absent when the page does not say which zone it edits. */
  domain?: ZoneDomainReading;
  /** Every record the page lists, in page order (types the model lacks, such as NS, left out). */
  records: ListedRecord[];
}
