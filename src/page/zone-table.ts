import { comparableKey } from '../records/comparable.js';
import { normalizeName } from '../records/normalize.js';
import type { DnsRecord, RecordType } from '../records/types.js';
import { parseRdata } from '../records/zone-file/index.js';

/**
 * What the site adapters' records tables have in common: cell texts, the numbers panels write
 * before a target, and "which row shows this record". How a site writes names and TTLs stays
 * in its adapter: those differ from one panel to the next.
 *
 * Pure functions: a page reader that imports an adapter but not its editor drops them (tree-shaking).
 */

/** The trimmed text of each `td` of a row, in order. */
export function cellTexts(row: Element): string[] {
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
}

/**
 * A record from a row's value text. Without `priority`, the text starts with the numbers as in
 * a zone file (MX `10 mx.example.net`, SRV `10 5 443 target`); with it (a column of its own),
 * the text holds what follows the priority (MX `mx.example.net`, SRV `5 443 target`).
 * Targets are made absolute as written; A, AAAA and TXT keep the text as it is.
 */
export function recordFromText(type: RecordType, name: string, ttl: number, text: string, priority?: string): DnsRecord {
  const parts = text.split(/\s+/);
  const numbers = priority === undefined ? parts : [priority, ...parts];
  switch (type) {
    case 'MX':
      // With the priority apart, the whole text is the target.
      return { type, name, ttl, value: normalizeName(priority === undefined ? numbers[1] ?? '' : text), priority: Number(numbers[0]) };
    case 'SRV':
      return { type, name, ttl, value: normalizeName(numbers[3] ?? ''), priority: Number(numbers[0]), weight: Number(numbers[1]), port: Number(numbers[2]) };
    case 'CNAME':
      return { type, name, ttl, value: normalizeName(text) };
    default:
      return { type, name, ttl, value: text };
  }
}

/**
 * A record from a row that shows the owner and the value in zone-file syntax, relative to the
 * zone (`@`, `www`, `mx1.example.net.`, quoted TXT): none when the value does not parse.
 */
export function zoneFileRecords(type: RecordType, owner: string, ttl: number, rdata: string, zone: string): DnsRecord[] {
  const parsed = parseRdata(type, rdata, zone);
  return parsed.ok ? [{ type, name: normalizeName(owner, zone), ttl, ...parsed.fields }] : [];
}

/** Every record the rows matching `rows` show, read by the site's own `readRow`. */
export function readTableRecords(document: Document, rows: string, readRow: (row: Element) => DnsRecord[]): DnsRecord[] {
  return [...document.querySelectorAll(rows)].flatMap(readRow);
}

/** The first row that shows `record` (compared by comparable form, TTL aside): where its edit control is. */
export function rowShowing(document: Document, rows: string, readRow: (row: Element) => DnsRecord[], record: DnsRecord): Element | undefined {
  const key = comparableKey(record);
  return [...document.querySelectorAll(rows)].find((row) => readRow(row).some((found) => comparableKey(found) === key));
}
