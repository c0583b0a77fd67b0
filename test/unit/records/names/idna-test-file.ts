import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of Unicode's IdnaTestV2.txt, reduced to the nontransitional toASCII columns. */
export interface IdnaCase {
  line: number;
  source: string;
  /** toAsciiN's result, meaningful when `errors` is empty. */
  ascii: string;
  /** toAsciiN's status codes (`[B1, V6]` → ['B1', 'V6']); empty means success. */
  errors: string[];
}

const FILE = join(import.meta.dirname, '../../../data/idna/IdnaTestV2.txt');

/** `\uXXXX` and `\x{XXXX}` escapes, as the file's header defines them. */
function unescape(text: string): string {
  return text
    .replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x\{([0-9A-Fa-f]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

function value(column: string, fallback: string): string {
  if (column === '') return fallback;
  return column === '""' ? '' : unescape(column);
}

function codes(column: string): string[] {
  return column.replace(/[[\]]/g, '').split(',').map((code) => code.trim()).filter((code) => code !== '');
}

/** Blank columns inherit per the header: toUnicode ← source, toAsciiN ← toUnicode, toAsciiNStatus ← toUnicodeStatus. */
export function readIdnaCases(): IdnaCase[] {
  const cases: IdnaCase[] = [];
  for (const [index, raw] of readFileSync(FILE, 'utf8').split('\n').entries()) {
    const body = raw.replace(/#.*/, '').trim();
    if (body === '') continue;
    const [source = '', toUnicode = '', unicodeStatus = '', toAsciiN = '', asciiNStatus = ''] = body.split(';').map((c) => c.trim());
    const src = value(source, '');
    const unicode = value(toUnicode, src);
    cases.push({ line: index + 1, source: src, ascii: value(toAsciiN, unicode), errors: codes(asciiNStatus === '' ? unicodeStatus : asciiNStatus) });
  }
  return cases;
}
