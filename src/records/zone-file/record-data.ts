/**
 * Record data read from a zone file by BIND's rules, not by an e-mail setup's: a CNAME may point
 * to the root (`.`), an MX may be `10 .`, a name may hold any byte, a number must fit its field,
 * each TXT string holds at most 255 bytes, and any type may be written in RFC 3597 generic form.
 * (Pasted records are read by zone-rdata.ts, which then checks them as e-mail records.)
 */
import type { Localized } from '../../i18n/lang.js';
import { canonicalIPv6, parseIPv4 } from '../ip-address.js';
import { MAX_STRING_BYTES, textOfStrings } from '../txt-strings.js';
import type { RecordType } from '../types.js';
import { validateIPv4, validateIPv6, validateU16 } from '../validate.js';
import { fieldsFromWire, nameFromWire, readGenericRdata, soaMinimumFromWire, txtBytesFromWire, type Outcome, type RdataFields } from './generic.js';
import { readZoneName } from './name.js';
import { PORT, PRIORITY, rdataShapeProblem, readNumber, WEIGHT } from './rdata.js';
import { shownToken } from './shown.js';
import { decodeCharacterString } from './escapes.js';
import type { ZoneToken } from './tokenize.js';
import { parseTtlText } from './ttl.js';
import { localized } from '../../i18n/format.js';

/** Read, refused (a syntax error), or valid DNS the model cannot hold (a TXT that is not text): skipped. */
export type DataOutcome = Outcome<RdataFields> | { ok: 'skip'; reason: Localized };

export function readRecordData(type: RecordType, tokens: readonly ZoneToken[], origin: string | undefined): DataOutcome {
  const generic = readGenericRdata(type, tokens);
  if (generic && !generic.ok) return generic;
  if (generic) {
    if (type !== 'TXT') return fieldsFromWire(type, generic.value);
    const bytes = txtBytesFromWire(generic.value);
    return bytes.ok ? txtFields([bytes.value]) : bytes;
  }
  const shape = rdataShapeProblem(type, tokens);
  if (shape) return failed(shape);
  if (type === 'TXT') return txtStrings(tokens);
  const problems: Localized[] = [];
  const fields = readFields(type, tokens, origin, problems);
  return problems[0] ? failed(problems[0]) : { ok: true, value: fields };
}

function readFields(type: Exclude<RecordType, 'TXT'>, tokens: readonly ZoneToken[], origin: string | undefined, problems: Localized[]): RdataFields {
  const raw = (index: number): string => tokens[index]?.raw ?? '';
  const name = (index: number): string => {
    const read = readZoneName(raw(index), origin);
    if (!read.ok) problems.push(read.problem);
    return read.ok ? read.name : '';
  };
  const u16 = (index: number, field: Localized): number => {
    const number = readNumber(raw(index), field, problems);
    if (number !== undefined) problems.push(...validateU16(field.en, number));
    return number ?? 0;
  };
  switch (type) {
    case 'A':
      if (parseIPv4(raw(0)) === undefined) problems.push(...validateIPv4(shownToken(raw(0))));
      return { value: raw(0) };
    case 'AAAA': {
      const value = canonicalIPv6(raw(0));
      if (value === undefined) problems.push(...validateIPv6(shownToken(raw(0))));
      return { value: value ?? '' };
    }
    case 'CNAME':
      return { value: name(0) };
    case 'MX':
      return { priority: u16(0, PRIORITY), value: name(1) };
    case 'SRV':
      return { priority: u16(0, PRIORITY), weight: u16(1, WEIGHT), port: u16(2, PORT), value: name(3) };
  }
}

/**
 * Each string decoded, the whole record measured. A string over 255 bytes is read as Knot DNS
 * reads it, as consecutive strings of 255 bytes (their joined text is the same): Azure DNS's and
 * PowerDNS's exports write a DKIM key as one long string, and BIND's refusal ("ran out of space")
 * would refuse a customer's whole export for it. Past RDATA's 65,535 bytes nothing fits.
 */
function txtStrings(tokens: readonly ZoneToken[]): DataOutcome {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const token of tokens) {
    // Four characters per byte at most (`\DDD`): a longer token cannot fit, whatever it holds.
    const decoded = token.raw.length > MAX_RDATA_BYTES * 4 ? undefined : decodeCharacterString(token.raw);
    if (decoded && !decoded.ok) return failed(decoded.problem);
    // Each string of 255 bytes costs one length byte more on the wire.
    size += decoded ? decoded.bytes.length + Math.max(1, Math.ceil(decoded.bytes.length / MAX_STRING_BYTES)) : Infinity;
    if (!decoded || size > MAX_RDATA_BYTES) {
      return failed(localized({
        en: `This TXT record holds more than {max} bytes, the most one record holds: shorten it.`,
        fr: `Cet enregistrement TXT contient plus de {max} octets, le maximum d’un enregistrement : raccourcissez-le.`,
      }, { max: MAX_RDATA_BYTES }));
    }
    parts.push(decoded.bytes);
  }
  return txtFields(parts);
}

/** RDATA's length is a 16-bit number (RFC 1035 §3.2.1). */
const MAX_RDATA_BYTES = 65_535;

function txtFields(parts: readonly Uint8Array[]): DataOutcome {
  const text = textOfStrings(parts);
  return text === undefined ? { ok: 'skip', reason: TXT_NOT_TEXT } : { ok: true, value: { value: text } };
}

const TXT_NOT_TEXT: Localized = localized({
  en: 'This TXT record is skipped: its bytes are not UTF-8 text, and this tool holds TXT values as text.',
  fr: 'Cet enregistrement TXT est ignoré : ses octets ne sont pas du texte UTF-8, et cet outil garde les valeurs TXT sous forme de texte.',
});

/** The SOA's MINIMUM, its last field: BIND's default TTL when the SOA itself has none. */
export function readSoaMinimum(tokens: readonly ZoneToken[], origin: string | undefined): Outcome<number> {
  const generic = readGenericRdata('SOA', tokens);
  if (generic) return generic.ok ? soaMinimumFromWire(generic.value) : generic;
  const [primary, mailbox, serial, ...timers] = tokens;
  if (!primary || !mailbox || !serial || timers.length !== 4) {
    return failed(localized({
      en: 'SOA data needs seven parts: primary server, mailbox, serial, refresh, retry, expire and minimum, such as ns1.example.com. hostmaster.example.com. 2024010101 3600 900 604800 300.',
      fr: 'Les données SOA demandent sept parties : serveur primaire, boîte aux lettres, numéro de série, refresh, retry, expire et minimum, comme ns1.example.com. hostmaster.example.com. 2024010101 3600 900 604800 300.',
    }));
  }
  for (const token of [primary, mailbox]) {
    const read = readZoneName(token.raw, origin);
    if (!read.ok) return read;
  }
  const numbers = [serial, ...timers].map((token, index) => (index === 0 ? serialNumber(token.raw) : parseTtlText(token.raw)));
  const bad = numbers.findIndex((number) => number === undefined);
  if (bad >= 0) {
    const shown = shownToken([serial, ...timers][bad]?.raw ?? '');
    return failed(localized({
      en: `The SOA field "{shown}" is not a number of seconds: write digits (or a duration such as 1h for the four timers).`,
      fr: `Le champ SOA « {shown} » n’est pas un nombre de secondes : écrivez des chiffres (ou une durée comme 1h pour les quatre délais).`,
    }, { shown }));
  }
  return { ok: true, value: numbers[4] ?? 0 };
}

function serialNumber(raw: string): number | undefined {
  return /^[0-9]{1,10}$/.test(raw) && Number(raw) <= 4294967295 ? Number(raw) : undefined;
}

/** An NS record's name server: the zone's own NS are what `check` reports as where the zone is edited. */
export function readNsTarget(tokens: readonly ZoneToken[], origin: string | undefined): Outcome<string> {
  const generic = readGenericRdata('NS', tokens);
  if (generic) return generic.ok ? nameFromWire('NS', generic.value) : generic;
  if (tokens.length !== 1) {
    return failed(localized({
      en: 'NS data is one name server, such as ns1.example.net.',
      fr: 'Les données NS sont un serveur de noms, comme ns1.example.net.',
    }));
  }
  const read = readZoneName(tokens[0]?.raw ?? '', origin);
  return read.ok ? { ok: true, value: read.name } : read;
}

function failed<T>(problem: Localized): Outcome<T> {
  return { ok: false, problem };
}
