import { collectRoots, deepQueryAll } from '../../fill/deep-query.js';
import { normalizeHostInput, normalizeRecord } from '../../records/normalize.js';
import { isRecordType, type DnsRecord } from '../../records/types.js';
import { ROLE_WORDS, TYPE_HEADER } from './patterns.js';

interface Columns {
  type: number;
  host: number;
  value: number;
  priority?: number;
  ttl?: number;
}

/** Which column holds what, from the header cells' words; undefined when it is not a zone table. */
function columnsOf(headers: string[]): Columns | undefined {
  const find = (pattern: RegExp | undefined) => (pattern ? headers.findIndex((h) => pattern.test(h)) : -1);
  const type = find(TYPE_HEADER);
  const host = find(ROLE_WORDS.host);
  const value = headers.findIndex((h, i) => i !== host && ROLE_WORDS.value!.test(h));
  if (type < 0 || host < 0 || value < 0) return undefined;
  const priority = find(ROLE_WORDS.priority);
  const ttl = find(ROLE_WORDS.ttl);
  return { type, host, value, ...(priority >= 0 && { priority }), ...(ttl >= 0 && { ttl }) };
}

// A string opens at a quote no backslash escapes (`(?<!\\)`): without that, every escaped quote of
// a long unclosed cell (`\"\"\"…`, page text) started a new scan to its end (quadratic: 12 s at 100 KB).
const unquote = (text: string) => {
  const parts = [...text.matchAll(/(?<!\\)"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return parts.length > 0 ? parts.join('') : text;
};

function rowRecord(cells: string[], columns: Columns, zone: string): DnsRecord | undefined {
  const type = cells[columns.type]?.trim().toUpperCase() ?? '';
  if (!isRecordType(type)) return undefined;
  const name = normalizeHostInput(cells[columns.host] ?? '', zone);
  let value = (cells[columns.value] ?? '').trim();
  const ttl = Number(columns.ttl === undefined ? NaN : cells[columns.ttl]);
  const record: DnsRecord = { type, name, ttl: Number.isFinite(ttl) ? ttl : 3600, value };
  const priorityCell = columns.priority === undefined ? '' : (cells[columns.priority] ?? '').trim();
  const numbers: number[] = [];
  // MX/SRV numbers may sit in their own column or at the start of the value ("10 mx.example.net").
  if (type === 'MX' || type === 'SRV') {
    if (priorityCell !== '') numbers.push(Number(priorityCell));
    const parts = value.split(/\s+/);
    while (parts.length > 1 && /^\d+$/.test(parts[0]!)) numbers.push(Number(parts.shift()));
    value = parts.join(' ');
    record.priority = numbers[0] ?? 0;
    if (type === 'SRV') {
      record.weight = numbers[1] ?? 0;
      record.port = numbers[2] ?? 0;
    }
  }
  record.value = type === 'TXT' ? unquote(value) : value.replace(/\.$/, '');
  return normalizeRecord(record);
}

/** The rows of every zone table on the page (open shadow roots and same-origin frames too). */
export function readGenericRows(document: Document, zone: string): DnsRecord[] {
  const records: DnsRecord[] = [];
  const roots = collectRoots(document);
  for (const table of deepQueryAll('table', document, roots) as HTMLTableElement[]) {
    const headerRow = table.tHead?.rows[0] ?? table.rows[0];
    if (!headerRow) continue;
    const columns = columnsOf([...headerRow.cells].map((cell) => cell.textContent?.trim() ?? ''));
    if (!columns) continue;
    for (const row of table.tBodies[0]?.rows ?? []) {
      if (row === headerRow) continue;
      const record = rowRecord([...row.cells].map((cell) => cell.textContent ?? ''), columns, zone);
      if (record) records.push(record);
    }
  }
  return records;
}

/** The table row that shows `record` (for its edit button). */
export function genericRowOf(document: Document, zone: string, record: DnsRecord, key: (r: DnsRecord) => string): HTMLTableRowElement | undefined {
  const wanted = key(record);
  const roots = collectRoots(document);
  for (const table of deepQueryAll('table', document, roots) as HTMLTableElement[]) {
    const headerRow = table.tHead?.rows[0] ?? table.rows[0];
    const columns = headerRow && columnsOf([...headerRow.cells].map((cell) => cell.textContent?.trim() ?? ''));
    if (!columns) continue;
    for (const row of table.tBodies[0]?.rows ?? []) {
      const found = rowRecord([...row.cells].map((cell) => cell.textContent ?? ''), columns, zone);
      if (found && key(found) === wanted) return row;
    }
  }
  return undefined;
}
