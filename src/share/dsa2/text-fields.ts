import { LocalizedError } from '../../lib/localized-error.js';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../records/ip-address.js';
import { shareMessages } from '../share-messages.js';
import { BitReader, BitWriter, DamagedCode } from './bits.js';
import { KNOWN_VALUES, type SlotAlphabet } from './code-tables.js';

/**
 * One text of a setup (domain, service id, variable value) in as few bits as its shape allows:
 * every shape that can write the text exactly is tried and the shortest wins, so a code always
 * decodes to the very text that was encoded. Shapes are numbered by a 3-bit tag.
 */
const ALPHABETS = {
  name: 'abcdefghijklmnopqrstuvwxyz0123456789-._',
  alnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  ascii: Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''),
} as const;

type AlphabetName = keyof typeof ALPHABETS;

/** No text of a setup comes near this; a longer one is a damaged or hostile code, and is not encoded. */
const MAX_TEXT_UNITS = 1024;

const TAGS = ['known', 'name', 'alnum', 'digits', 'ipv4', 'ipv6', 'ascii', 'utf8'] as const;
type Tag = (typeof TAGS)[number];

export function writeText(writer: BitWriter, text: string): void {
  let best: BitWriter | undefined;
  for (const [tag, shape] of TAGS.entries()) {
    const candidate = new BitWriter();
    candidate.write(tag, 3);
    if (WRITERS[shape](candidate, text) && (best === undefined || candidate.length < best.length)) best = candidate;
  }
  // utf8 writes any text up to the length every reader accepts.
  if (!best) throw new LocalizedError(shareMessages.tooLongToShare);
  writer.append(best);
}

export function readText(reader: BitReader): string {
  const tag = TAGS[reader.readNumber(3)] ?? 'utf8';
  return READERS[tag](reader);
}

/** Each writer returns false when the text does not have its shape. */
const WRITERS: Record<Tag, (writer: BitWriter, text: string) => boolean> = {
  known: writeKnown,
  name: (writer, text) => writeInAlphabet(writer, text, 'name'),
  alnum: (writer, text) => writeInAlphabet(writer, text, 'alnum'),
  digits: (writer, text) => writeInAlphabet(writer, text, 'digits'),
  ipv4: (writer, text) => {
    const octets = parseIPv4(text);
    if (!octets || octets.join('.') !== text) return false;
    octets.forEach((octet) => writer.write(octet, 8));
    return true;
  },
  ipv6: (writer, text) => {
    const groups = parseIPv6(text);
    if (!groups || formatIPv6(groups) !== text) return false;
    groups.forEach((group) => writer.write(group, 16));
    return true;
  },
  ascii: (writer, text) => writeInAlphabet(writer, text, 'ascii'),
  utf8: (writer, text) => writeUnits(writer, [...new TextEncoder().encode(text)], 256),
};

const READERS: Record<Tag, (reader: BitReader) => string> = {
  known: readKnown,
  name: (reader) => readInAlphabet(reader, 'name'),
  alnum: (reader) => readInAlphabet(reader, 'alnum'),
  digits: (reader) => readInAlphabet(reader, 'digits'),
  ipv4: (reader) => Array.from({ length: 4 }, () => reader.readNumber(8)).join('.'),
  ipv6: (reader) => formatIPv6(Array.from({ length: 8 }, () => reader.readNumber(16))),
  ascii: (reader) => readInAlphabet(reader, 'ascii'),
  utf8: (reader) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(readUnits(reader, 256)));
    } catch {
      throw new DamagedCode('a text is not valid UTF-8');
    }
  },
};

function writeKnown(writer: BitWriter, text: string): boolean {
  const matches = KNOWN_VALUES.flatMap(({ before, slot, after = '' }, index) => {
    if (!text.startsWith(before) || !text.endsWith(after) || text.length < before.length + after.length) return [];
    const middle = text.slice(before.length, text.length - after.length);
    const candidate = new BitWriter();
    candidate.writeSmall(index);
    if (slot === undefined ? middle !== '' : middle === '' || !writeInAlphabet(candidate, middle, slot)) return [];
    return [candidate];
  });
  const best = matches.reduce<BitWriter | undefined>((shortest, next) => (shortest && shortest.length <= next.length ? shortest : next), undefined);
  if (best) writer.append(best);
  return best !== undefined;
}

function readKnown(reader: BitReader): string {
  const known = KNOWN_VALUES[reader.readSmall()];
  if (!known) throw new DamagedCode('a known value is out of range');
  const { before, slot, after = '' } = known;
  return before + (slot === undefined ? '' : readSlot(reader, slot)) + after;
}

function readSlot(reader: BitReader, slot: SlotAlphabet): string {
  const middle = readInAlphabet(reader, slot);
  if (middle === '') throw new DamagedCode('a pattern has an empty part');
  return middle;
}

function writeInAlphabet(writer: BitWriter, text: string, alphabet: AlphabetName): boolean {
  const units = [...text].map((char) => ALPHABETS[alphabet].indexOf(char));
  return !units.includes(-1) && writeUnits(writer, units, ALPHABETS[alphabet].length);
}

function readInAlphabet(reader: BitReader, alphabet: AlphabetName): string {
  return readUnits(reader, ALPHABETS[alphabet].length)
    .map((unit) => ALPHABETS[alphabet].charAt(unit))
    .join('');
}

/**
 * A length, then the units as one base-`size` number in exactly as many bits as the largest
 * number of that length needs: 20 letters of a name take 106 bits, not 20 × 6.
 */
function writeUnits(writer: BitWriter, units: readonly number[], size: number): boolean {
  if (units.length > MAX_TEXT_UNITS) return false;
  writer.writeSmall(units.length);
  const base = BigInt(size);
  writer.write(units.reduce((value, unit) => value * base + BigInt(unit), 0n), widthOf(units.length, base));
  return true;
}

function readUnits(reader: BitReader, size: number): number[] {
  const length = reader.readSmall();
  if (length > MAX_TEXT_UNITS) throw new DamagedCode('a text is too long');
  const base = BigInt(size);
  let value = reader.read(widthOf(length, base));
  if (value >= base ** BigInt(length)) throw new DamagedCode('a text is out of range');
  const units: number[] = [];
  for (let i = 0; i < length; i++, value /= base) units.unshift(Number(value % base));
  return units;
}

function widthOf(length: number, base: bigint): number {
  return length === 0 ? 0 : (base ** BigInt(length) - 1n).toString(2).length;
}
