import fc from 'fast-check';
import { toASCII } from 'tr46';
import { describe, expect, it, vi } from 'vitest';
import { needsUts46Table, uts46Options, uts46ToAscii } from '../../../../src/records/names/uts46.js';

/** Plain names and near misses: every case and hyphen rule, underscores, empty labels, `xn--` prefixes. */
const plainPiece = fc.constantFrom('a', 'Z', '0', '9', '-', '--', '_', '.', 'xn', 'XN--', 'ab', 'q-', '-q');
const plainText = fc.array(plainPiece, { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('uts46ToAscii without the mapping table', () => {
  it('answers as tr46 does for every name that does not need the table', () => {
    fc.assert(
      fc.property(plainText, fc.boolean(), fc.boolean(), (text, allowUnderscore, checkHyphens) => {
        fc.pre(!needsUts46Table(text));
        expect(uts46ToAscii(text, allowUnderscore, checkHyphens)).toBe(toASCII(text, uts46Options(allowUnderscore, checkHyphens)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('sends IDNs, xn-- labels and anything outside letters, digits, hyphens, underscores and dots to the table', () => {
    for (const text of ['bücher.de', 'xn--bcher-kva.de', 'a.XN--abc', 'exa mple.com', 'a*b', 'ｅ.com', 'a\u00ad.b']) {
      expect(needsUts46Table(text), text).toBe(true);
    }
    for (const text of ['example.com', '_dmarc', 's1._domainkey', 'axn--b.com', 'a-b.c-d', '']) {
      expect(needsUts46Table(text), text).toBe(false);
    }
  });
});

describe('names read before the table is loaded (the popup)', () => {
  it('reads plain names at once, refuses to guess on an IDN, and reads it once loadUts46 resolved', async () => {
    vi.resetModules();
    const { parseZoneName } = await import('../../../../src/records/names/zone-name.js');
    const { loadUts46, uts46Loaded } = await import('../../../../src/records/names/uts46.js');
    expect(uts46Loaded()).toBe(false);
    expect(parseZoneName('Example.COM')).toEqual({ ok: true, name: 'example.com', notices: [] });
    expect(parseZoneName('-bad.com').ok).toBe(false);
    expect(() => parseZoneName('bücher.de')).toThrow(/UTS #46 table is not loaded/);
    expect(() => parseZoneName('xn--bcher-kva.de')).toThrow(/UTS #46 table is not loaded/);
    await loadUts46();
    expect(parseZoneName('bücher.de')).toEqual({ ok: true, name: 'xn--bcher-kva.de', notices: [] });
    expect(parseZoneName('xn--bcher-kva.de')).toEqual({ ok: true, name: 'xn--bcher-kva.de', notices: [] });
    vi.resetModules();
  });
});
