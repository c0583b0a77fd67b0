import type { RecordType } from '../records/types.js';
import type { LoadedZone } from '../records/zone-file/load.js';
import { isAtOrBelow, nameLabels } from '../records/zone-file/name.js';
import type { ReadRecord } from '../records/zone-file/read.js';

/** Resolvers follow at most a few aliases; more is a loop. */
const MAX_HOPS = 8;

export interface ZoneAnswer {
  rcode: 'NOERROR' | 'NXDOMAIN';
  /** The answer section: the CNAME chain inside the zone, then the records of the type asked. */
  entries: ReadRecord[];
}

/**
 * The answers an authoritative server would give from a zone file's records (RFC 1034 §4.3.2):
 * the RRset of the name; else its CNAME and what the alias leads to inside the zone (an alias out
 * of the zone is answered alone: the file cannot say what is there); for a name
 * that does not exist, the records of the wildcard that covers it (RFC 4592), else NXDOMAIN.
 * A name exists when it owns a record of any type (read or skipped) or has names below it.
 */
export function zoneAnswers(zone: LoadedZone): (name: string, type: RecordType) => ZoneAnswer {
  const byName = new Map<string, ReadRecord[]>();
  for (const entry of zone.records) byName.set(entry.record.name, [...(byName.get(entry.record.name) ?? []), entry]);
  const existing = new Set<string>();
  const owners = [...zone.records.map((entry) => entry.record.name), ...zone.skipped.flatMap((line) => (line.name === undefined ? [] : [line.name]))];
  const zoneDepth = nameLabels(zone.origin).length;
  for (const owner of owners.filter((name) => isAtOrBelow(name, zone.origin))) {
    const labels = nameLabels(owner);
    for (let index = 0; index <= labels.length - zoneDepth; index += 1) existing.add(labels.slice(index).join('.'));
  }

  /** The node's records, a covering wildcard's under this name, or undefined when the name does not exist. */
  const node = (name: string): ReadRecord[] | undefined => {
    if (existing.has(name)) return byName.get(name) ?? [];
    if (!isAtOrBelow(name, zone.origin)) return undefined;
    const labels = nameLabels(name);
    for (let index = 1; index <= labels.length - zoneDepth; index += 1) {
      const encloser = labels.slice(index).join('.');
      if (!existing.has(encloser)) continue;
      const wildcard = encloser === '' ? '*' : `*.${encloser}`;
      if (!existing.has(wildcard)) return undefined;
      return (byName.get(wildcard) ?? []).map((entry) => ({ ...entry, record: { ...entry.record, name } }));
    }
    return undefined;
  };

  return (name, type) => {
    const entries: ReadRecord[] = [];
    let current = name;
    for (let hop = 0; hop < MAX_HOPS; hop += 1) {
      const records = node(current);
      if (records === undefined) return { rcode: 'NXDOMAIN', entries };
      const matching = records.filter((entry) => entry.record.type === type);
      const alias = type === 'CNAME' ? undefined : records.find((entry) => entry.record.type === 'CNAME');
      if (matching.length > 0 || !alias) return { rcode: 'NOERROR', entries: [...entries, ...matching] };
      entries.push(alias);
      // Outside the zone, a resolver would ask elsewhere: offline, the alias is the answer.
      if (!isAtOrBelow(alias.record.value, zone.origin) || entries.some((entry) => entry.record.name === alias.record.value)) break;
      current = alias.record.value;
    }
    return { rcode: 'NOERROR', entries };
  };
}
