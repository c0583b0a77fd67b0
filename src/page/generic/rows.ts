import { comparableKey } from '../../records/comparable.js';
import type { DnsRecord } from '../../records/types.js';
import { readListedRecords } from '../read-zone-page.js';

/** The records every zone listing on the page shows (the generic editor's `readRows`). */
export function readGenericRows(document: Document, zone: string): DnsRecord[] {
  return readListedRecords(document, zone).map((listed) => listed.record);
}

/** The elements that show `record` in the page's listing (for its edit button); [] when none does. */
export function genericRowOf(document: Document, zone: string, record: DnsRecord): readonly Element[] {
  const wanted = comparableKey(record);
  return readListedRecords(document, zone).find((listed) => comparableKey(listed.record) === wanted)?.elements ?? [];
}
