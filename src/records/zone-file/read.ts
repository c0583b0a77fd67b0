/**
 * A whole zone file read the way BIND's named-compilezone reads it (lib/dns/master.c), entry by
 * entry, each with the line where it starts:
 * - `$ORIGIN` (relative to the one before, `$ORIGIN .` is the root), `$TTL`; `$INCLUDE` and
 *   `$GENERATE` are skipped with a sentence (a file named by a customer's export is not read:
 *   it is not there, and a hostile file could name any file on the agent's machine);
 * - a line that starts with a space or a tab reuses the previous owner, resolved where it was;
 * - TTLs: the entry's own, else `$TTL`'s; without `$TTL`, the last TTL given (RFC 1035); and
 *   when the SOA comes first without a TTL, its MINIMUM becomes the default for every record
 *   without one (BIND's rule, checked against named-compilezone 9.18);
 * - the class, when given, is IN; types are mnemonics or `TYPEnnn`, data may be RFC 3597's `\#`;
 * - records of types the model does not hold are skipped with a sentence, not refused.
 * What a name server then does with the records read (zone-load.ts) is kept apart.
 */
import type { Localized } from '../../i18n/lang.js';
import { isRecordType, type DnsRecord } from '../types.js';
import { readEntryHeader, skippedTypeReason, type EntryHeader } from './entry.js';
import { readGenericRdata } from './generic.js';
import { readZoneName } from './name.js';
import { isDirective, startingOrigin } from './origin.js';
import { readNsTarget, readRecordData, readSoaMinimum } from './record-data.js';
import { badTtl, directiveValue, GENERATE_SKIPPED, includeSkipped, NO_OWNER, NO_TTL, noTextForm, unknownDirective } from './read-messages.js';
import { tokenizeZone, type LogicalLine, type ZoneToken } from './tokenize.js';
import { parseTtlText, servedTtl } from './ttl.js';
import { localized } from '../../i18n/format.js';

export interface ZoneLine {
  line: number;
  reason: Localized;
}

export interface SkippedLine extends ZoneLine {
  /** Set when the line is a record (of a type the model does not hold, or not text). */
  type?: string;
  name?: string;
}

export interface ReadRecord {
  line: number;
  record: DnsRecord;
  /** Consecutive entries with the same owner share a run: BIND gives an RRset the TTL its last run starts with. */
  run: number;
}

export interface ReadZone {
  /** The zone: the caller's origin, else the file's first absolute `$ORIGIN`, else its SOA's owner. */
  origin: string | undefined;
  records: ReadRecord[];
  skipped: SkippedLine[];
  errors: ZoneLine[];
  /** The name servers the file's NS records at the origin name. */
  nameservers: string[];
  /** The SOA at the origin: its TTL and MINIMUM say how long resolvers cache an absence (RFC 2308). */
  soa?: { ttl: number; minimum: number };
}

export interface ReadOptions {
  /** The zone, in model form (no final dot; '' is the root). */
  origin?: string;
  /** The TTL of a record BIND would refuse for having none (a pasted snippet has no `$TTL`); without it, an error. */
  defaultTtl?: number;
}

export function readZone(text: string, options: ReadOptions = {}): ReadZone {
  const { lines, problems } = tokenizeZone(text);
  const zone: ReadZone = {
    origin: options.origin ?? startingOrigin(lines),
    records: [],
    skipped: [],
    errors: problems.map((problem) => ({ line: problem.line, reason: problem.message })),
    nameservers: [],
  };
  const reader = new EntryReader(zone, options.defaultTtl);
  for (const entry of lines) if (!entry.broken) reader.read(entry);
  const byLine = (a: ZoneLine, b: ZoneLine) => a.line - b.line;
  zone.errors.sort(byLine);
  zone.skipped.sort(byLine);
  return zone;
}

const DIRECTIVES = new Set(['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE']);

/** The reading state that runs from entry to entry: origin, owner, TTLs, runs. */
class EntryReader {
  private origin: string | undefined;
  private owner: string | undefined;
  /** `$TTL`, or the MINIMUM of an SOA read before any TTL was known. */
  private defaultTtl: number | undefined;
  /** The TTL the previous record got: RFC 1035's default when there is no `$TTL`. */
  private lastTtl: number | undefined;
  private run = 0;
  private runOwner: string | undefined;

  constructor(
    private readonly zone: ReadZone,
    private readonly fallbackTtl: number | undefined,
  ) {
    this.origin = zone.origin;
  }

  read(entry: LogicalLine): void {
    const [first, ...rest] = entry.tokens;
    if (!first) return;
    if (isDirective(entry)) return this.directive(entry.line, first.raw, rest);
    const owner = entry.blankOwner ? this.owner : this.ownerName(entry.line, first);
    if (owner === undefined) {
      if (entry.blankOwner) this.error(entry.line, NO_OWNER);
      return;
    }
    this.owner = owner;
    const header = readEntryHeader(entry.blankOwner ? entry.tokens : rest);
    if (!header.ok) return this.error(entry.line, header.problem);
    if (owner !== this.runOwner) {
      this.run += 1;
      this.runOwner = owner;
    }
    this.record(entry.line, owner, header.header);
  }

  private ownerName(line: number, token: ZoneToken): string | undefined {
    const name = readZoneName(token.raw, this.origin);
    if (!name.ok) this.error(line, name.problem);
    return name.ok ? name.name : undefined;
  }

  private record(line: number, name: string, header: EntryHeader): void {
    const { type, rdata } = header;
    if (type === 'SOA') return this.soa(line, name, header);
    const ttl = this.ttlOf(header, undefined);
    if (ttl === undefined) return this.error(line, NO_TTL);
    if (isRecordType(type)) {
      const data = readRecordData(type, rdata, this.origin);
      if (data.ok === true) this.zone.records.push({ line, record: { type, name, ttl, ...data.value }, run: this.run });
      else if (data.ok === 'skip') this.skip(line, data.reason, { type, name });
      else this.error(line, data.problem);
      return;
    }
    if (type === 'NS') {
      const target = readNsTarget(rdata, this.origin);
      if (!target.ok) return this.error(line, target.problem);
      if (name === this.zone.origin) this.zone.nameservers.push(target.value);
    } else {
      const problem = otherDataProblem(type, rdata);
      if (problem) return this.error(line, problem);
    }
    this.skip(line, skippedTypeReason(type), { type, name });
  }

  private soa(line: number, name: string, header: EntryHeader): void {
    const minimum = readSoaMinimum(header.rdata, this.origin);
    if (!minimum.ok) return this.error(line, minimum.problem);
    const ttl = this.ttlOf(header, minimum.value);
    if (ttl === undefined) return this.error(line, NO_TTL);
    if (name === this.zone.origin && !this.zone.soa) this.zone.soa = { ttl, minimum: minimum.value };
    this.skip(line, skippedTypeReason('SOA'), { type: 'SOA', name });
  }

  /** BIND's order: the entry's TTL; the default; the last one; a first SOA's MINIMUM; else none. */
  private ttlOf(header: EntryHeader, soaMinimum: number | undefined): number | undefined {
    if (header.ttl !== undefined) return (this.lastTtl = servedTtl(header.ttl));
    if (this.defaultTtl !== undefined) return (this.lastTtl = this.defaultTtl);
    if (this.lastTtl !== undefined) return this.lastTtl;
    if (soaMinimum !== undefined) return (this.defaultTtl = this.lastTtl = servedTtl(soaMinimum));
    return this.fallbackTtl;
  }

  private directive(line: number, written: string, args: readonly ZoneToken[]): void {
    const [argument] = args;
    const directive = written.toUpperCase();
    if (!DIRECTIVES.has(directive)) return this.error(line, unknownDirective(written));
    if (!argument || ((directive === '$ORIGIN' || directive === '$TTL') && args.length > 1)) return this.error(line, directiveValue(directive));
    if (directive === '$ORIGIN') {
      const name = readZoneName(argument.raw, this.origin);
      if (name.ok) this.origin = name.name;
      else this.error(line, name.problem);
    } else if (directive === '$TTL') {
      const ttl = parseTtlText(argument.raw);
      if (ttl === undefined) this.error(line, badTtl(argument.raw));
      else this.defaultTtl = this.lastTtl = servedTtl(ttl);
    } else if (directive === '$INCLUDE') {
      this.run += 1;
      this.skip(line, includeSkipped(argument.raw));
    } else {
      this.skip(line, GENERATE_SKIPPED);
    }
  }

  private error(line: number, reason: Localized): void {
    this.zone.errors.push({ line, reason });
  }

  private skip(line: number, reason: Localized, record: { type?: string; name?: string } = {}): void {
    this.zone.skipped.push({ line, reason, ...record });
  }
}

/**
 * The data of a type the model does not hold is not read, but it must be there (RFC 1035 §5.1;
 * APL alone may be empty, RFC 3123 §4), in RFC 3597 form when the type has no mnemonic (no
 * text form is known for it, RFC 3597 §5), and, in that form, well formed.
 */
function otherDataProblem(type: string, rdata: readonly ZoneToken[]): Localized | undefined {
  const generic = readGenericRdata(type, rdata);
  if (generic && !generic.ok) return generic.problem;
  if (!generic && rdata.length > 0 && /^TYPE[0-9]+$/.test(type)) return noTextForm(type);
  if (rdata.length > 0 || type === 'APL') return undefined;
  return localized({ en: `This {type} record has no data: write its data after the type, or remove the line.`, fr: `Cet enregistrement {type} n’a pas de données : écrivez ses données après le type, ou supprimez la ligne.` }, { type });
}
