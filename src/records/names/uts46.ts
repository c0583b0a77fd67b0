/**
 * UTS #46 (Unicode IDNA Compatibility Processing) through tr46, the implementation whatwg-url and
 * jsdom use (IdnaMappingTable 17.0.0: test/unit/records/names/uts46-conformance.test.ts runs
 * Unicode's IdnaTestV2.txt against it). Nontransitional, with every check on, as browsers and
 * registries read a name: ß stays ß, joiners only where ContextJ allows them, bidi rules.
 * tr46 answers "valid or not" only; label-problem.ts finds which rule a refused label breaks.
 *
 * tr46's mapping table is ~60 KB gzip, twice the popup's whole budget, and most names never need
 * it: a name of ASCII letters, digits, hyphens and dots with no `xn--` label maps by lowercasing
 * and is checked by the hyphen rules alone (test/unit/records/names/uts46-ldh.test.ts holds this
 * equal to tr46). Other names need the table: entries that read names synchronously from the
 * start (background, CLI, filler, options) call installUts46Table() (uts46-install.ts); the popup loads
 * it on demand with loadUts46() before reading such a name.
 */
import type { Uts46Options } from 'tr46';

type ToAscii = (domainName: string, options?: Uts46Options) => string | null;

let tableToAscii: ToAscii | undefined;

/** Makes the table available synchronously (what uts46-install.ts and loadUts46 call). */
export function setUts46Table(toAscii: ToAscii): void {
  tableToAscii = toAscii;
}

export const uts46Loaded = (): boolean => tableToAscii !== undefined;

/** Fetches the table (a chunk of its own in the extension's build); resolves at once once loaded. */
export async function loadUts46(): Promise<void> {
  // Through uts46-table.ts, an ES module: tr46 is CommonJS, and importing it here would put the
  // bundler's CommonJS interop into the chunk that imports this file (the popup's first load).
  if (!tableToAscii) setUts46Table((await import('./uts46-table.js')).uts46ToAscii);
}

/**
 * The options names are read with: `_` (service labels such as `_dmarc`) only where allowed;
 * `checkHyphens` off lets through hyphens in the 3rd and 4th places and at the ends, as zone data
 * has them (CDN hosts).
 */
export function uts46Options(allowUnderscore: boolean, checkHyphens = true): Uts46Options {
  return {
    checkHyphens,
    checkBidi: true,
    checkJoiners: true,
    // STD3 keeps to letters, digits and hyphens; a record's own labels (`_dmarc`) need `_` too.
    useSTD3ASCIIRules: !allowUnderscore,
    transitionalProcessing: false,
  };
}

/** ASCII letters, digits, hyphens, underscores and dots, and no `xn--` label (whose decoding the table judges). */
const PLAIN_ASCII = /^[A-Za-z0-9._-]*$/;
const ACE_LABEL = /(^|\.)xn--/i;

/** True when reading `text` as a name needs the mapping table (see the file's comment). */
export function needsUts46Table(text: string): boolean {
  return !PLAIN_ASCII.test(text) || ACE_LABEL.test(text);
}

/**
 * What tr46 answers for a plain ASCII name: lowercase; refused for `_` under STD3 rules and for
 * CheckHyphens (a hyphen first or last in a label, or in its 3rd and 4th places).
 */
function plainToAscii(text: string, allowUnderscore: boolean, checkHyphens: boolean): string | null {
  if (!allowUnderscore && text.includes('_')) return null;
  const lower = text.toLowerCase();
  const badHyphens = checkHyphens && lower.split('.').some((label) => label.startsWith('-') || label.endsWith('-') || label.slice(2, 4) === '--');
  return badHyphens ? null : lower;
}

function table(): ToAscii {
  if (!tableToAscii) throw new Error('The UTS #46 table is not loaded: call installUts46Table() at start, or await loadUts46() before reading a name that needs it.');
  return tableToAscii;
}

/** One label (or a whole name) in ASCII, or null when UTS #46 refuses it. */
export function uts46ToAscii(text: string, allowUnderscore: boolean, checkHyphens = true): string | null {
  if (!needsUts46Table(text)) return plainToAscii(text, allowUnderscore, checkHyphens);
  return table()(text, uts46Options(allowUnderscore, checkHyphens));
}

export type CharacterStatus = 'kept' | 'ignored' | 'disallowed';

/**
 * What UTS #46 does with one character: keeps it (valid, or mapped to another form such as a
 * full-width letter to ASCII), ignores it (removes it: soft hyphen, variation selectors), or
 * disallows it. Asked between two letters, so that a combining mark is not judged as a label start.
 */
export function characterStatus(char: string): CharacterStatus {
  const mapped = table()(`a${char}a`, { transitionalProcessing: false });
  if (mapped === null) return 'disallowed';
  return mapped === 'aa' ? 'ignored' : 'kept';
}
