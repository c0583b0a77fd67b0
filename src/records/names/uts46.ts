/**
 * UTS #46 (Unicode IDNA Compatibility Processing) through tr46, the implementation whatwg-url and
 * jsdom use (IdnaMappingTable 17.0.0: test/unit/records/names/uts46-conformance.test.ts runs
 * Unicode's IdnaTestV2.txt against it). Nontransitional, with every check on, as browsers and
 * registries read a name: ß stays ß, joiners only where ContextJ allows them, bidi rules.
 * tr46 answers "valid or not" only; label-problem.ts finds which rule a refused label breaks.
 */
import { toASCII } from 'tr46';

/**
 * One label (or a whole name) in ASCII, or null when UTS #46 refuses it. `checkHyphens` off lets
 * through hyphens in the 3rd and 4th places and at the ends, as zone data has them (CDN hosts).
 */
export function uts46ToAscii(text: string, allowUnderscore: boolean, checkHyphens = true): string | null {
  return toASCII(text, {
    checkHyphens,
    checkBidi: true,
    checkJoiners: true,
    // STD3 keeps to letters, digits and hyphens; a record's own labels (`_dmarc`) need `_` too.
    useSTD3ASCIIRules: !allowUnderscore,
    transitionalProcessing: false,
  });
}

export type CharacterStatus = 'kept' | 'ignored' | 'disallowed';

/**
 * What UTS #46 does with one character: keeps it (valid, or mapped to another form such as a
 * full-width letter to ASCII), ignores it (removes it: soft hyphen, variation selectors), or
 * disallows it. Asked between two letters, so that a combining mark is not judged as a label start.
 */
export function characterStatus(char: string): CharacterStatus {
  const mapped = toASCII(`a${char}a`, { transitionalProcessing: false });
  if (mapped === null) return 'disallowed';
  return mapped === 'aa' ? 'ignored' : 'kept';
}
