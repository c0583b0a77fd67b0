import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandService } from '../../../../src/services/expand.js';
import { expectLocalizedSentence, withinHangCap } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams, HANG_MS } from './fuzz-settings.js';
import { DOMAINS, domainArb, hostilePiece } from './hostile-text.js';

/**
 * Names as the user types or pastes them, through the public entry every surface uses
 * (expandService reads the domain: the form, the URL, the CLI, codes, pastes). Whatever the
 * name, the result is a name in the form the DNS stores (ASCII, `xn--` for IDN) or sentences.
 */
const MODEL_NAME = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const anyName = fc.oneof(domainArb, fc.string({ unit: hostilePiece, maxLength: 20 }));
const expand = (domain: string) => withinHangCap(() => expandService('ovh-mx-plan', domain, {}), HANG_MS, JSON.stringify(domain));

/**
 * What UTS #46 disallows and a terminal must never show raw (issue 11): C0 and C1 controls, DEL,
 * bidi controls, the zero-width space. Characters UTS #46 ignores (soft hyphen, word joiner,
 * BOM) or treats by context (ZWJ, ZWNJ) are left out: the one name parser may remove them and say so.
 */
const REFUSED = ['\u0000', '\u0007', '\t', '\u001b', '\u007f', '\u0085', '\u009b', '\u061c', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const withRefusedCharacter = fc
  .tuple(fc.constantFrom(...DOMAINS), fc.constantFrom(...REFUSED), fc.nat())
  .map(([domain, char, at]) => domain.slice(0, at % (domain.length + 1)) + char + domain.slice(at % (domain.length + 1)));

describe('fuzz: names', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('any name reads as printable ASCII (the form the DNS stores), or as sentences', () => {
    fc.assert(
      fc.property(anyName, (domain) => {
        const result = expand(domain);
        if (result.ok) expect(result.set.domain, JSON.stringify(domain)).toMatch(/^[\x21-\x7e]+$/);
        else result.problems.forEach((problem) => expectLocalizedSentence(problem, JSON.stringify(domain)));
      }),
      fuzzParams('names'),
    );
  });

  // Today `example.com..` and `\ufff9\uff0e` (a full-width dot) read as names ending in a dot
  // (`example.com.`, `xn--vn7c.`), an empty label: the one ZoneName parser (the `names` branch)
  // refuses them; this property then passes: turn test.fails into test.
  test('any name accepted is in DNS form, without an empty label (names branch)', () => {
    fc.assert(
      fc.property(anyName, (domain) => {
        const result = expand(domain);
        if (result.ok) expect(result.set.domain, JSON.stringify(domain)).toMatch(MODEL_NAME);
      }),
      { ...fuzzParams('names'), examples: [['example.com..'], ['\ufff9\uff0e']] },
    );
  });

  // Bidi controls, U+061C, U+200B and C1 controls once were punycoded into another name
  // (`‮example.com` → xn--example-z76c.com): the one ZoneName parser (UTS #46) refuses them. A tab
  // at either end is white space around the name, trimmed as a space is: the same name is read.
  test('a name holding a control, bidi or zero-width character is refused; a tab around it is trimmed (names branch: UTS #46)', () => {
    fc.assert(
      fc.property(withRefusedCharacter, (domain) => {
        const result = expand(domain);
        const trimmed = domain.trim();
        if (trimmed !== domain) expect(result, JSON.stringify(domain)).toEqual(expand(trimmed));
        else expect(result.ok, `${JSON.stringify(domain)} was accepted`).toBe(false);
      }),
      { ...fuzzParams('names'), examples: [['\u202eexample.com'], ['\texample.com']] },
    );
  });

  // Today `ａｂｃ.com` becomes xn--mi7ccd.com; UTS #46 maps full-width letters to ASCII first.
  test('full-width letters and dots read as their ASCII forms (names branch: UTS #46)', () => {
    const fullWidth = (text: string) => [...text].map((char) => (/[a-z0-9.]/.test(char) ? String.fromCodePoint((char.codePointAt(0) ?? 0) + 0xfee0) : char)).join('');
    fc.assert(
      fc.property(fc.constantFrom('example.com', 'mail.example.fr', 'a-b.co.uk'), fc.nat(), (domain, seed) => {
        const mixed = [...domain].map((char, i) => ((seed >> i % 30) & 1 ? fullWidth(char) : char)).join('');
        const result = expand(mixed);
        expect(result.ok && result.set.domain, JSON.stringify(mixed)).toBe(domain);
      }),
      { ...fuzzParams('names'), examples: [['example.com', 0x3fffffff]] },
    );
  });
});
