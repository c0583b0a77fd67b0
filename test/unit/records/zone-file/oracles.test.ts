import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadZone } from '../../../../src/records/zone-file/load.js';
import { readZoneName } from '../../../../src/records/zone-file/name.js';
import { comparableRecord, DATA, readOracle, type OracleRun } from './zone-oracle.js';

/*
 * Zone files written by others (NSD, BIND, dnspython, dnscontrol, PowerDNS, Knot, Hickory, octoDNS,
 * dnsjava, ldns, dns-zonefile test suites, cli53 exports: test/data/zones,
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
const KEPT_DIFFERENCES: Record<string, { onlyOracle: number; onlyOurs?: number; why: string }> = {
  'nsd/include_rel/m/com/example.com.zone': {
    onlyOracle: 3,
    why: '$INCLUDE lines are skipped with a sentence (a file named by a zone file is not read); named-compilezone read the two included files',
  },
  'azure/zone5.txt': {
    onlyOracle: 1,
    onlyOurs: 1,
    why: 'dnspython takes `$ORIGIN foo.com` relative to the zone, BIND to the $ORIGIN before it (own/relative-origin.zone pins BIND’s reading)',
  },
};

/**
 * named-compilezone refuses these zones as a whole, and dnspython either refuses them too or
 * reads nothing; the parser reads their records (it is not a zone validator).
 */
const ZONE_RULES_NOT_CHECKED: Record<string, { records: number; why: string }> = {
  'dnscontrol/apex.com.zone': { records: 2, why: 'a CNAME beside the SOA and NS at the apex ("CNAME and other data")' },
  'ldns/14-read-zone.db': { records: 5, why: 'an A beside the CNAME of www ("CNAME and other data")' },
  'own/cloudflare-export.zone': { records: 12, why: 'the SOA owner written without its final dot, so below the apex ("not at top of zone")' },
  'pdns/zone2sql-json-comments.example.net.zone': {
    records: 1,
    why: 'a relative `$ORIGIN example.net` that puts the SOA at example.net.example.net ("not at top of zone"; dnspython drops every record)',
  },
};

/**
 * named-compilezone (9.18) refuses the data of some types the parser skips unread (NAPTR flags,
 * an NSEC3 hash, an SVCB key newer than it); dnspython at the file's own commit reads it all.
 */
const REFUSED_IN_SKIPPED_TYPES: Record<string, string> = {
  'dnspython/example': 'NAPTR, NSEC3 and SVCB data that named-compilezone 9.18 refuses',
  // Both oracles refuse these DNS hosts' own types, which their exports hold: the parser skips them.
  'hickory/example.com.zone': 'ANAME, a DNS host\'s own type',
  'dns-zonefile/zonefile_forward.txt': 'DS data in a made-up syntax (`tag=12345 alg=3`) on out-of-zone lines dnspython drops',
  'cli53/alias.txt': 'Route 53\'s alias as cli53 exports it (`AWS ALIAS`, not a class or type of DNS)',
};

/**
 * named-compilezone refuses a TXT string over 255 bytes; these exports write DKIM keys and long
 * texts so, and the parser reads them as Knot DNS does (consecutive 255-byte strings, the same
 * joined text) rather than refuse a customer's whole export: the lines BIND refuses, all of them TXT.
 */
const LONG_TXT_STRINGS: Record<string, number[]> = {
  'pdns/test.com.zone': [36],
  'azure/zone2.txt_export.txt': [64, 66],
  'azure/zone3.txt_export.txt': [65],
};

/** named-compilezone's refusals of the zone as a whole, not of a line's syntax. */
const WHOLE_ZONE = /has no NS records|has 0 SOA records|has no address records|CNAME and other data|invalid NS owner name|at top of zone|multiple RRs of singleton type/;
/** named-compilezone's notes that do not refuse anything. */
const WARNING = /using RFC1035 TTL semantics|using SOA MINTTL instead|TTL set to prior TTL|record with inherited owner|ignoring out-of-zone data|non-terminal wildcard|signature has expired|> MAXTTL, setting|does not end with newline/;

/**
 * The lines whose syntax named-compilezone refuses, in order; [0] when it refuses the file's
 * syntax without naming a line (`loading from master file F failed: bad ttl`); [] when it does not.
 */
function syntaxErrorLines(run: OracleRun): number[] {
  const lines = run.stderr.flatMap((line) => {
    const at = /:(\d+): /.exec(line);
    return at && !WARNING.test(line) && !WHOLE_ZONE.test(line) ? [Number(at[1])] : [];
  });
  if (lines.length > 0) return [...new Set(lines)];
  const failed = run.stderr.find((line) => / failed: /.test(line));
  return failed && !WHOLE_ZONE.test(failed) ? [0] : [];
}

/** named-compilezone failed for a reason none of its numbered lines gives (a bad `$TTL` is reported so). */
function refusedWithoutLine(run: OracleRun): boolean {
  const reason = / failed: (.*)$/.exec(run.stderr.find((line) => / failed: /.test(line)) ?? '')?.[1];
  return reason !== undefined && !WHOLE_ZONE.test(reason) && !run.stderr.some((line) => /:\d+: /.test(line) && line.includes(reason));
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
    const longTxt = LONG_TXT_STRINGS[entry.file];
    if (longTxt) {
      it(`${entry.file}: named-compilezone refuses TXT strings over 255 bytes (lines ${longTxt.join(', ')}), which are read`, () => {
        expect(syntaxErrorLines(named)).toEqual(longTxt);
        expect(ours.errors).toEqual([]);
        const read = ours.records.filter((entry) => longTxt.includes(entry.line));
        expect(read.map((entry) => entry.record.type)).toEqual(longTxt.map(() => 'TXT'));
        expect(read.every((entry) => new TextEncoder().encode(entry.record.value).length > 255)).toBe(true);
      });
      continue;
    }
    const refused = named.exit === 0 || REFUSED_IN_SKIPPED_TYPES[entry.file] ? [] : syntaxErrorLines(named);
    if (refused.length > 0 || entry.hostile) {
      // Each line we refuse, named-compilezone refuses too, and its first one is among ours. (Not
      // every line it refuses: after an error its recovery may take the next line with it. And its
      // stderr is cut at 20 lines, and names no line for a bad `$TTL`: then only its first line is compared.)
      const every = !entry.hostile && !named.stderr.some((line) => line.includes('more lines not kept')) && !refusedWithoutLine(named);
      it(`${entry.file}: refused, as named-compilezone refuses it (${every ? `lines ${refused.join(', ')}` : refused[0] ? `line ${refused[0]}` : 'no line named'})`, () => {
        const ourLines = [...new Set(ours.errors.map((error) => error.line))];
        expect(ourLines.length).toBeGreaterThan(0);
        if (refused[0]) expect(ourLines).toContain(refused[0]);
        if (every) expect(ourLines.filter((line) => !refused.includes(line))).toEqual([]);
      });
      continue;
    }
    const rules = ZONE_RULES_NOT_CHECKED[entry.file];
    if (rules) {
      it(`${entry.file}: both oracles refuse the zone for ${rules.why}; ${rules.records} records read`, () => {
        expect(named.exit).not.toBe(0);
        expect(named.stderr.some((line) => WHOLE_ZONE.test(line))).toBe(true);
        expect(dnspython.exit !== 0 || dnspython.records.length === 0).toBe(true);
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
    // Neither oracle reads a file whose only refusals are of types skipped unread: the check above is all there is.
    if (skippedTypes && named.exit !== 0 && dnspython.exit !== 0) continue;
    const mine = ours.records.map((entry) => comparableRecord(entry.record)).sort();
    const theirs = [...oracle.run.records].sort();
    const kept = KEPT_DIFFERENCES[entry.file];
    const agreed = mine.filter((record) => theirs.includes(record)).length;
    it(`${entry.file}: ${agreed} of ${theirs.length} records agree with ${oracle.name}${kept ? `, ${kept.onlyOracle} differ: ${kept.why}` : ''}`, () => {
      expect(oracle.run.exit).toBe(0);
      expect(ours.errors).toEqual([]);
      if (named.exit !== 0 && !skippedTypes) expect(named.stderr.some((line) => WHOLE_ZONE.test(line))).toBe(true);
      expect(mine.filter((record) => !theirs.includes(record))).toHaveLength(kept?.onlyOurs ?? 0);
      expect(theirs.filter((record) => !mine.includes(record))).toHaveLength(kept?.onlyOracle ?? 0);
    });
  }
});
