/**
 * What a name server serves from a zone file once read (BIND's loading: lib/dns/master.c and its
 * zone database), which is what `zone` prints and `check --zone-file` checks against:
 * - a record outside the zone is ignored ("ignoring out-of-zone data");
 * - a record written twice is served once;
 * - the records of one name and type (an RRset) share one TTL: within a run of lines with the
 *   same owner, the first one's ("TTL set to prior TTL"); across runs, the last run's.
 * Each record dropped is listed with its line and why.
 */
import type { Localized } from '../../i18n/lang.js';
import { isAtOrBelow } from './name.js';
import { readZone, type ReadOptions, type ReadRecord, type ReadZone } from './read.js';
import { shownToken } from './shown.js';
import { localized } from '../../i18n/format.js';

/** A zone whose origin is known (the caller asked for one when the file named none). */
export type LoadedZone = ReadZone & { origin: string };

export function loadZone(text: string, options: ReadOptions = {}): ReadZone {
  const zone = readZone(text, options);
  const { origin } = zone;
  if (origin === undefined) return zone;
  const inside: ReadRecord[] = [];
  const skipped = [...zone.skipped];
  for (const entry of zone.records) {
    if (isAtOrBelow(entry.record.name, origin)) inside.push(entry);
    else skipped.push({ line: entry.line, reason: outside(entry.record.name, origin), type: entry.record.type, name: entry.record.name });
  }
  const served = withRrsetTtls(inside);
  const firstLine = new Map<string, number>();
  const records: ReadRecord[] = [];
  for (const entry of served) {
    // Model records are canonical (names lowercase, IPv6 in RFC 5952 form): same fields, same record.
    const { name, type, priority, weight, port, value } = entry.record;
    const key = [name, type, priority, weight, port, value].join('\u0000');
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, entry.line);
      records.push(entry);
    } else {
      skipped.push({ line: entry.line, reason: sameAs(first), type: entry.record.type, name: entry.record.name });
    }
  }
  return { ...zone, records, skipped: skipped.sort((a, b) => a.line - b.line) };
}

function withRrsetTtls(entries: readonly ReadRecord[]): ReadRecord[] {
  // Entries are in file order, so the first of the last run seen is the one that counts.
  const rrsetTtl = new Map<string, { run: number; ttl: number }>();
  for (const { record, run } of entries) {
    const key = `${record.name} ${record.type}`;
    if ((rrsetTtl.get(key)?.run ?? -1) < run) rrsetTtl.set(key, { run, ttl: record.ttl });
  }
  return entries.map((entry) => {
    const ttl = rrsetTtl.get(`${entry.record.name} ${entry.record.type}`)?.ttl ?? entry.record.ttl;
    return ttl === entry.record.ttl ? entry : { ...entry, record: { ...entry.record, ttl } };
  });
}

function outside(name: string, origin: string): Localized {
  const shownName = shownToken(name === '' ? '.' : name);
  const shownZone = shownToken(origin === '' ? '.' : origin);
  return localized({
    en: `{shownName} is outside the zone {shownZone}, so a name server ignores this record: write it in the zone it belongs to.`,
    fr: `{shownName} est hors de la zone {shownZone}, un serveur de noms ignore donc cet enregistrement : écrivez-le dans la zone dont il fait partie.`,
  }, { shownName, shownZone });
}

function sameAs(line: number): Localized {
  return localized({
    en: `The same record as on line {line}: a name server keeps it once.`,
    fr: `Le même enregistrement qu’à la ligne {line} : un serveur de noms ne le garde qu’une fois.`,
  }, { line });
}
