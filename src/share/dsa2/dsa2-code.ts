import { LocalizedError } from '../../lib/localized-error.js';
import type { Setup } from '../../services/desired.js';
import { checkedSetup, isVariableName, type SetupResult } from '../setup-shape.js';
import { shareMessages } from '../share-messages.js';
import { BitReader, BitWriter, DamagedCode } from './bits.js';
import { checkSymbols, CHECK_LENGTH, verifyChecksum } from './checksum.js';
import { SERVICE_IDS, VARIABLE_NAMES } from './code-tables.js';
import { formatGroups, SEPARATOR, symbolOf } from './crockford.js';
import { readText, writeText } from './text-fields.js';

export const DSA2_PREFIX = 'DSA2-';

/** Symbols after the prefix: a real setup takes under 200; a pasted document is refused before any work. */
export const DSA2_MAX_SYMBOLS = 2000;
const MAX_VARIABLES = 64;
/** The layout of the bits after `DSA2-`; a newer layout gets a new number and old readers say so. */
const LAYOUT = 0;

/**
 * `DSA2-` + Crockford base32 in groups of 4: a layout number, the service (its number in
 * SERVICE_IDS, or its id), the domain, then each variable (its number in VARIABLE_NAMES, or its
 * name) and value, each text in its most compact shape (text-fields.ts), then the check symbols.
 * Throws a LocalizedError for a setup longer than every reader accepts (never in real setups).
 */
export function encodeDsa2(setup: Setup): string {
  const writer = new BitWriter();
  writer.write(LAYOUT, 3);
  writeNumbered(writer, SERVICE_IDS, setup.service);
  writeText(writer, setup.domain);
  const vars = Object.entries(setup.vars);
  writer.writeSmall(vars.length);
  for (const [name, value] of vars) {
    writeNumbered(writer, VARIABLE_NAMES, name);
    writeText(writer, value);
  }
  const data = writer.symbols();
  if (data.length + CHECK_LENGTH > DSA2_MAX_SYMBOLS) throw new LocalizedError(shareMessages.tooLongToShare);
  return DSA2_PREFIX + formatGroups([...data, ...checkSymbols(data)]);
}

/** The setup of a DSA2 code standing alone (prefix already there, any case, any separators). */
export function decodeDsa2(code: string): SetupResult {
  const body = code.trim().slice(DSA2_PREFIX.length - 1);
  const symbols: number[] = [];
  for (const char of body) {
    if (SEPARATOR.test(char)) continue;
    const symbol = symbolOf(char);
    if (symbol === undefined) return { ok: false, problem: shareMessages.notACodeCharacter(symbols.length + 1, char) };
    symbols.push(symbol);
    if (symbols.length > DSA2_MAX_SYMBOLS) return { ok: false, problem: shareMessages.tooLong(DSA2_MAX_SYMBOLS) };
  }
  if (symbols.length <= CHECK_LENGTH) return { ok: false, problem: shareMessages.tooShort };
  const verdict = verifyChecksum(symbols);
  if (!verdict.ok) {
    if (verdict.wrong !== undefined) return { ok: false, problem: shareMessages.checksumWrongAt(verdict.wrong) };
    if (verdict.swapped !== undefined) return { ok: false, problem: shareMessages.checksumSwappedAt(verdict.swapped) };
    return { ok: false, problem: shareMessages.checksumMismatch };
  }
  try {
    return readSetup(new BitReader(symbols.slice(0, -CHECK_LENGTH)));
  } catch (error) {
    if (error instanceof DamagedCode) return { ok: false, problem: shareMessages.badEncoding };
    throw error;
  }
}

function readSetup(reader: BitReader): SetupResult {
  if (reader.readNumber(3) !== LAYOUT) return { ok: false, problem: shareMessages.newerLayout };
  const service = readNumbered(reader, SERVICE_IDS);
  const domain = readText(reader);
  const count = reader.readSmall();
  if (count > MAX_VARIABLES) throw new DamagedCode('too many variables');
  const vars: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = readNumbered(reader, VARIABLE_NAMES);
    // Before the assignment: `__proto__` must never become a key.
    if (!isVariableName(name)) return { ok: false, problem: shareMessages.badVariableName(name) };
    if (Object.hasOwn(vars, name)) throw new DamagedCode('a variable is given twice');
    vars[name] = readText(reader);
  }
  reader.finish();
  return checkedSetup({ domain, service, vars });
}

/** 1 + the text's index in the list, or 0 and the text itself. */
function writeNumbered(writer: BitWriter, list: readonly string[], text: string): void {
  const index = list.indexOf(text);
  writer.writeSmall(index + 1);
  if (index < 0) writeText(writer, text);
}

function readNumbered(reader: BitReader, list: readonly string[]): string {
  const number = reader.readSmall();
  if (number === 0) return readText(reader);
  const text = list[number - 1];
  if (text === undefined) throw new DamagedCode('a number is out of range');
  return text;
}
