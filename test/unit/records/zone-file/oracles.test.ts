import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadZone } from '../../../../src/records/zone-file/load.js';
import { readZoneName } from '../../../../src/records/zone-file/name.js';
import { comparableRecord, DATA, readOracle, type OracleRun } from './zone-oracle.js';

/*
 * Zone files written by others (NSD, BIND, dnspython, dnscontrol test suites: test/data/zones,
 * README there) read by our parser and compared, record by record for the types the model holds,
 * with what the oracles read: BIND's named-compilezone first; dnspython where named-compilezone
 * refuses the zone as a whole for a reason that is not syntax (no SOA or NS at the apex, an NS
 * without address), which a parser of records does not check. Where named-compilezone refuses
 * the file's syntax, we refuse it too, at the same line.
 */

interface Entry {
  file: string;
  origin: string;
  hostile?: boolean;
}

const entries: Entry[] = JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')).entries;

/** Differences kept on purpose, each with why. */
const KEPT_DIFFERENCES: Record<string, { onlyOracle: number; why: string }> = {
  'nsd/include_rel/m/com/example.com.zone': {
    onlyOracle: 3,
    why: '$INCLUDE lines are skipped with a sentence (a file named by a zone file is not read); named-compilezone read the two included files',
  },
};

/** Both oracles refuse these zones as a whole; the parser reads their records (it is not a zone validator). */
const ZONE_RULES_NOT_CHECKED: Record<string, { records: number; why: string }> = {
  'dnscontrol/apex.com.zone': { records: 2, why: 'a CNAME beside the SOA and NS at the apex ("CNAME and other data")' },
};

/**
 * named-compilezone (9.18) refuses the data of some types the parser skips unread (NAPTR flags,
 * an NSEC3 hash, an SVCB key newer than it); dnspython at the file's own commit reads it all.
 */
const REFUSED_IN_SKIPPED_TYPES: Record<string, string> = {
  'dnspython/example': 'NAPTR, NSEC3 and SVCB data that named-compilezone 9.18 refuses',
};

/** named-compilezone's refusals of the zone as a whole, not of a line's syntax. */
const WHOLE_ZONE = /has no NS records|has 0 SOA records|has no address records|CNAME and other data|invalid NS owner name/;
/** named-compilezone's notes that do not refuse anything. */
const WARNING = /using RFC1035 TTL semantics|using SOA MINTTL instead|TTL set to prior TTL|record with inherited owner|ignoring out-of-zone data|non-terminal wildcard|signature has expired/;

function firstSyntaxErrorLine(run: OracleRun): number | undefined {
  for (const line of run.stderr) {
    const at = /:(\d+): /.exec(line);
    if (at && !WARNING.test(line) && !WHOLE_ZONE.test(line)) return Number(at[1]);
  }
  return undefined;
}

function ourReading(entry: Entry) {
  const bytes = readFileSync(`${DATA}/${entry.file}`);
  // The hostile files are not UTF-8: read them byte for byte, as BIND does.
  const text = new TextDecoder(entry.hostile ? 'latin1' : 'utf-8', { fatal: !entry.hostile }).decode(bytes);
  const origin = readZoneName(entry.origin.endsWith('.') ? entry.origin : `${entry.origin}.`, undefined);
  if (!origin.ok) throw new Error(`bad origin in the manifest: ${entry.origin}`);
  return loadZone(text, { origin: origin.name });
}

describe('zone files written by others, against named-compilezone and dnspython', () => {
  for (const entry of entries) {
    const named = readOracle(entry.file, 'named-compilezone');
    const dnspython = readOracle(entry.file, 'dnspython');
    const ours = ourReading(entry);
    const syntaxLine = named.exit === 0 || REFUSED_IN_SKIPPED_TYPES[entry.file] ? undefined : firstSyntaxErrorLine(named);
    if (syntaxLine !== undefined || entry.hostile) {
      it(`${entry.file}: refused, as named-compilezone refuses it (line ${syntaxLine})`, () => {
        expect(ours.errors.length).toBeGreaterThan(0);
        expect(ours.errors.map((error) => error.line)).toContain(syntaxLine);
      });
      continue;
    }
    const rules = ZONE_RULES_NOT_CHECKED[entry.file];
    if (rules) {
      it(`${entry.file}: both oracles refuse the zone for ${rules.why}; ${rules.records} records read`, () => {
        expect(named.exit).not.toBe(0);
        expect(dnspython.exit).not.toBe(0);
        expect(ours.errors).toEqual([]);
        expect(ours.records).toHaveLength(rules.records);
      });
      continue;
    }
    const skippedTypes = REFUSED_IN_SKIPPED_TYPES[entry.file];
    if (skippedTypes) {
      it(`${entry.file}: named-compilezone refuses ${skippedTypes}, only on lines of types skipped unread`, () => {
        const refusedLines = named.stderr.flatMap((line) => (WARNING.test(line) ? [] : [...line.matchAll(/:(\d+): /g)].map((at) => Number(at[1]))));
        const skippedLines = new Set(ours.skipped.filter((line) => line.type !== undefined).map((line) => line.line));
        expect(refusedLines.length).toBeGreaterThan(0);
        expect(refusedLines.filter((line) => !skippedLines.has(line))).toEqual([]);
      });
    }
    const oracle = named.exit === 0 ? { name: 'named-compilezone', run: named } : { name: 'dnspython', run: dnspython };
    const mine = ours.records.map((entry) => comparableRecord(entry.record)).sort();
    const theirs = [...oracle.run.records].sort();
    const kept = KEPT_DIFFERENCES[entry.file];
    const agreed = mine.filter((record) => theirs.includes(record)).length;
    it(`${entry.file}: ${agreed} of ${theirs.length} records agree with ${oracle.name}${kept ? `, ${kept.onlyOracle} differ: ${kept.why}` : ''}`, () => {
      expect(oracle.run.exit).toBe(0);
      expect(ours.errors).toEqual([]);
      if (named.exit !== 0 && !skippedTypes) expect(named.stderr.some((line) => WHOLE_ZONE.test(line))).toBe(true);
      expect(mine.filter((record) => !theirs.includes(record))).toEqual([]);
      expect(theirs.filter((record) => !mine.includes(record))).toHaveLength(kept?.onlyOracle ?? 0);
    });
  }
});
