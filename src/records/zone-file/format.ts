/**
 * Model records → zone-file presentation. Names in rdata are always absolute with the
 * final dot (so a line means the same under any $ORIGIN); owner names are relative to
 * the origin when one is given, which is what control panels and BIND files show.
 */
import { normalizeName } from '../normalize.js';
import { RECORD_TYPES, type DnsRecord } from '../types.js';
import { formatTxtValue } from '../txt-strings.js';
import { relativeOwner } from './name.js';

/** `example.com` → `example.com.`; '' (the root: null MX, "no SRV service") → `.`. */
function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

export function formatRdata(record: DnsRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.value;
    case 'CNAME':
      return absolute(record.value);
    case 'MX':
      return `${record.priority ?? 0} ${absolute(record.value)}`;
    case 'SRV':
      return `${record.priority ?? 0} ${record.weight ?? 0} ${record.port ?? 0} ${absolute(record.value)}`;
    case 'TXT':
      return formatTxtValue(record.value);
  }
}

/** Escapes kept: `a\.b.example.com` is `a\.b` inside example.com, not `a\` inside b.example.com. */
function ownerText(name: string, origin: string | undefined): string {
  return origin === undefined ? absolute(name) : relativeOwner(name, normalizeName(origin));
}

/** `name ttl IN TYPE rdata`; the name relative to `origin` (`@` for the apex) when given. */
export function formatRecordLine(record: DnsRecord, options: { origin?: string } = {}): string {
  return `${ownerText(record.name, options.origin)} ${record.ttl} IN ${record.type} ${formatRdata(record)}`;
}

/**
 * A BIND zone file: optional `;` header, `$ORIGIN`, `$TTL`, then the records in a
 * stable order that reads well (apex first, names grouped by their parent, types in
 * model order). Records whose TTL is the `$TTL` omit it. The default `$TTL` is the
 * most common TTL of the set.
 */
export function exportZone(
  records: readonly DnsRecord[],
  origin: string,
  options: { ttl?: number; header?: string } = {},
): string {
  const zone = normalizeName(origin);
  const zoneTtl = options.ttl ?? mostCommonTtl(records);
  const header = options.header === undefined ? [] : options.header.split(/\r?\n/).map((line) => `; ${line}`.trimEnd());
  const rows = sortForZone(records, zone).map((record) => ({
    owner: ownerText(record.name, zone),
    ttl: record.ttl === zoneTtl ? '' : String(record.ttl),
    rest: `IN ${record.type} ${formatRdata(record)}`,
  }));
  // Columns aligned so the file reads as a table.
  const ownerWidth = Math.max(0, ...rows.map((row) => row.owner.length));
  const ttlWidth = Math.max(0, ...rows.map((row) => row.ttl.length));
  const ttlColumn = (ttl: string): string => (ttlWidth === 0 ? '' : `${ttl.padEnd(ttlWidth)} `);
  return [
    ...header,
    `$ORIGIN ${absolute(zone)}`,
    `$TTL ${zoneTtl}`,
    ...rows.map((row) => `${row.owner.padEnd(ownerWidth)} ${ttlColumn(row.ttl)}${row.rest}`),
    '',
  ].join('\n');
}

function mostCommonTtl(records: readonly DnsRecord[]): number {
  const counts = new Map<number, number>();
  for (const record of records) counts.set(record.ttl, (counts.get(record.ttl) ?? 0) + 1);
  let best = 3600;
  let bestCount = 0;
  for (const [ttl, count] of counts) {
    if (count > bestCount) {
      best = ttl;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Apex first, then names in DNS order (compared label by label from the right, so
 * `selector1._domainkey` sits beside `selector2._domainkey`), names outside the zone
 * last; then type in model order, then the data. Array.sort is stable, so equal keys
 * keep the caller's order.
 */
function sortForZone(records: readonly DnsRecord[], zone: string): DnsRecord[] {
  const labelsBelow = (name: string): string[] | undefined => {
    if (name === zone) return [];
    if (zone === '') return name.split('.').reverse();
    return name.endsWith(`.${zone}`) ? name.slice(0, -zone.length - 1).split('.').reverse() : undefined;
  };
  const compareNames = (a: string, b: string): number => {
    const left = labelsBelow(a);
    const right = labelsBelow(b);
    if (!left || !right) return Number(!left) - Number(!right) || compareLabels(a.split('.').reverse(), b.split('.').reverse());
    return compareLabels(left, right);
  };
  return [...records].sort(
    (a, b) =>
      compareNames(a.name, b.name) ||
      RECORD_TYPES.indexOf(a.type) - RECORD_TYPES.indexOf(b.type) ||
      (a.priority ?? 0) - (b.priority ?? 0) ||
      compareText(formatRdata(a), formatRdata(b)),
  );
}

function compareLabels(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const order = compareText(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Code-unit order, not locale order: the file must be the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
