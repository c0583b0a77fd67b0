/**
 * RFC 3597 generic rdata, `\# <length> <hex>…`: any type's data as bytes. It is how zone files
 * carry types a tool does not know, and how some exports write even an A or a TXT record; the
 * data of the types the model holds (and of SOA and NS, which the reader needs) is read back
 * from those bytes into the same fields as the type's own text.
 */
import type { Localized } from '../../i18n/lang.js';
import { formatIPv6 } from '../ip-address.js';
import type { DnsRecord, RecordType } from '../types.js';
import { labelFromBytes } from './name.js';
import type { ZoneToken } from './tokenize.js';
import { localized } from '../../i18n/format.js';

export type RdataFields = Pick<DnsRecord, 'value' | 'priority' | 'weight' | 'port'>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Localized };

const MAX_RDATA_BYTES = 65535;

/**
 * The data's bytes when the rdata is in generic form, undefined when it is not. An unquoted `\#`
 * first is the marker, and a length must follow (BIND's dns_rdata_fromtext); in a TXT record
 * alone it is the marker only when a number follows: `TXT \# text` is the two strings "#" "text".
 */
export function readGenericRdata(type: string, tokens: readonly ZoneToken[]): Outcome<Uint8Array> | undefined {
  const [marker, length, ...hex] = tokens;
  if (!marker || marker.quoted || marker.raw !== '\\#') return undefined;
  if (!length || length.quoted || !/^[0-9]+$/.test(length.raw)) {
    return type === 'TXT' ? undefined : problem(generic(type, localized({ en: 'the length in bytes is missing after \\#', fr: 'la longueur en octets manque après \\#' })));
  }
  const declared = Number(length.raw);
  const digits = hex.map((token) => token.raw).join('');
  if (declared > MAX_RDATA_BYTES) return problem(generic(type, localized({ en: `more than {max} bytes`, fr: `plus de {max} octets` }, { max: MAX_RDATA_BYTES })));
  if (!/^[0-9A-Fa-f]*$/.test(digits) || digits.length % 2 === 1) {
    return problem(generic(type, localized({ en: 'its data is not pairs of hexadecimal digits', fr: 'ses données ne sont pas des paires de chiffres hexadécimaux' })));
  }
  if (digits.length / 2 !== declared) {
    const held = digits.length / 2;
    return problem(generic(type, localized({ en: `it announces {declared} bytes but holds {held}`, fr: `elles annoncent {declared} octets mais en contiennent {held}` }, { declared, held })));
  }
  const bytes = new Uint8Array(declared);
  for (let index = 0; index < declared; index += 1) bytes[index] = parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  return { ok: true, value: bytes };
}

/** A's, AAAA's, CNAME's, MX's or SRV's fields from their wire bytes (RFC 1035 §3.3, RFC 2782, RFC 3596). */
export function fieldsFromWire(type: Exclude<RecordType, 'TXT'>, bytes: Uint8Array): Outcome<RdataFields> {
  const wire = new WireReader(bytes, type);
  const fields = readFields(type, wire);
  return wire.finish(fields);
}

function readFields(type: Exclude<RecordType, 'TXT'>, wire: WireReader): RdataFields {
  switch (type) {
    case 'A':
      return { value: wire.take(4).join('.') };
    case 'AAAA': {
      const groups = Array.from({ length: 8 }, () => wire.u16());
      return { value: formatIPv6(groups) };
    }
    case 'CNAME':
      return { value: wire.name() };
    case 'MX':
      return { priority: wire.u16(), value: wire.name() };
    case 'SRV':
      return { priority: wire.u16(), weight: wire.u16(), port: wire.u16(), value: wire.name() };
  }
}

/** TXT: the bytes of its one or more length-prefixed strings, joined (the caller reads them as text). */
export function txtBytesFromWire(bytes: Uint8Array): Outcome<Uint8Array> {
  const wire = new WireReader(bytes, 'TXT');
  const parts: number[] = [];
  do {
    const [length = 0] = wire.take(1);
    parts.push(...wire.take(length));
  } while (wire.remaining() > 0);
  return wire.finish(Uint8Array.from(parts));
}

/** The SOA's MINIMUM (its last field), which BIND makes the default TTL when the SOA has none. */
export function soaMinimumFromWire(bytes: Uint8Array): Outcome<number> {
  const wire = new WireReader(bytes, 'SOA');
  wire.name();
  wire.name();
  const timers = Array.from({ length: 5 }, () => wire.u32());
  return wire.finish(timers[4] ?? 0);
}

export function nameFromWire(type: string, bytes: Uint8Array): Outcome<string> {
  const wire = new WireReader(bytes, type);
  return wire.finish(wire.name());
}

/** Reads fields in order; the first problem stops it, and `finish` says it (or bytes left over). */
class WireReader {
  private offset = 0;
  private problem: Localized | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly type: string,
  ) {}

  take(count: number): number[] {
    if (this.offset + count > this.bytes.length) this.fail(localized({ en: 'its data ends in the middle of a field', fr: 'ses données s’arrêtent au milieu d’un champ' }));
    if (this.problem) return new Array<number>(count).fill(0);
    const taken = Array.from(this.bytes.subarray(this.offset, this.offset + count));
    this.offset += count;
    return taken;
  }

  u16(): number {
    const [high = 0, low = 0] = this.take(2);
    return high * 256 + low;
  }

  u32(): number {
    return this.u16() * 65536 + this.u16();
  }

  /** An uncompressed name (RFC 3597 §4: zone data holds no compression pointers). */
  name(): string {
    const labels: string[] = [];
    for (let wireLength = 1; !this.problem; ) {
      const [length = 0] = this.take(1);
      if (length === 0) return labels.join('.');
      if (length > 63) {
        this.fail(localized({ en: 'a name in it is compressed or has an unknown label type, which zone data may not hold', fr: 'un nom y est compressé ou a un type de label inconnu, ce que les données d’une zone ne peuvent contenir' }));
        break;
      }
      wireLength += length + 1;
      if (wireLength > 255) this.fail(localized({ en: 'a name in it is longer than 255 bytes', fr: 'un nom y dépasse 255 octets' }));
      const label = labelFromBytes(this.take(length), '');
      if (label.ok) labels.push(label.name);
    }
    return '';
  }

  /** Bytes not read yet; none once a problem stopped the reading. */
  remaining(): number {
    return this.problem ? 0 : this.bytes.length - this.offset;
  }

  finish<T>(value: T): Outcome<T> {
    if (!this.problem && this.offset < this.bytes.length) this.fail(localized({ en: { one: '{count} byte is left over after its fields', other: '{count} bytes are left over after its fields' }, fr: { one: '{count} octet reste après ses champs', other: '{count} octets restent après ses champs' } }, { count: this.bytes.length - this.offset }));
    return this.problem ? problem(generic(this.type, this.problem)) : { ok: true, value };
  }

  private fail(detail: Localized): void {
    this.problem ??= detail;
  }
}

function generic(what: string, detail: Localized): Localized {
  return localized({
    en: `The generic data (RFC 3597) of this {what} record cannot be read: {detail}. Write the length in bytes after \\#, then exactly that many bytes in hexadecimal.`,
    fr: `Les données génériques (RFC 3597) de cet enregistrement {what} sont illisibles : {detail}. Écrivez la longueur en octets après \\#, puis exactement autant d’octets en hexadécimal.`,
  }, { what, detail });
}

function problem<T>(message: Localized): Outcome<T> {
  return { ok: false, problem: message };
}
