import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCandidate } from '../../../../src/records/names/name-candidate.js';
import { parseName } from '../../../../src/records/names/parse-name.js';
import { installUts46Table } from '../../../../src/records/names/uts46-install.js';

installUts46Table();

describe('nameCandidate (a name as a page shows it, without the UTS #46 table)', () => {
  it('gives ASCII names in model form, `xn--` labels as they are', () => {
    expect(nameCandidate(' Mail.Example.COM. ')).toBe('mail.example.com');
    expect(nameCandidate('XN--bcher-kva.example')).toBe('xn--bcher-kva.example');
    expect(nameCandidate('_dmarc.example.com', { allowUnderscore: true })).toBe('_dmarc.example.com');
    expect(nameCandidate('r3---sn-abc.example.net')).toBe('r3---sn-abc.example.net');
  });

  it('gives an IDN as text (NFC, dots made ASCII) for the strict reading where the table is', () => {
    expect(nameCandidate('bücher.example')).toBe('bücher.example');
    expect(nameCandidate('bu\u0308cher\u3002example')).toBe('bücher.example');
    expect(nameCandidate('пример.рф')).toBe('пример.рф');
  });

  it('refuses what cannot be a name', () => {
    for (const text of ['', '.', 'a..b', '-a.example', 'a-.example', 'a b.example', 'user@example.com', '_dmarc.example.com', 'bü cher.example', 'bü\u00a0cher.example', `${'a'.repeat(64)}.example`, `${'a.'.repeat(127)}example`]) {
      expect(nameCandidate(text), text).toBeUndefined();
    }
  });

  // Lenient, never stricter: a name the strict parser reads is always a candidate, and an ASCII
  // one comes out as the parser's own model form.
  const piece = fc.constantFrom('a', 'Z', '0', '-', '.', 'xn--', 'ü', 'É', 'ß', 'ж', 'ا', '中', 'ｅ', '。', 'e\u0301');
  const text = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));
  it('takes every name the strict parser takes', () => {
    fc.assert(
      fc.property(text, (name) => {
        const strict = parseName(name, { allowUnderscore: false, allowReservedHyphens: true });
        fc.pre(strict.ok);
        const candidate = nameCandidate(name);
        expect(candidate).toBeDefined();
        if (strict.ok && /^[\x00-\x7f]*$/.test(name)) expect(candidate).toBe(strict.ascii);
      }),
      { numRuns: 1_000 },
    );
  });
});
