import { describe, expect, it } from 'vitest';
import { hostInZone, parseOrigin, parseRelativeHost, parseZoneName, type RelativeHost, type ZoneName } from '../../../../src/records/names/zone-name.js';
import { expectReadings } from '../../../support/readings.js';
import { expectSentences } from '../sentences.js';

function name(input: string): string {
  const parsed = parseZoneName(input);
  if (!parsed.ok) throw new Error(`refused ${JSON.stringify(input)}: ${parsed.problem.en}`);
  return parsed.name;
}

function refusal(input: string): { en: string; fr: string } {
  const parsed = parseZoneName(input);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(input)} as ${parsed.name}`);
  expectSentences([parsed.problem]);
  return parsed.problem;
}

/** No character that could act on a terminal or hide text is quoted back raw. */
function expectNothingRaw(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/u);
}

describe('parseZoneName: one reading of a domain', () => {
  it('folds case, full-width and compatibility forms, and ideographic dots', () => {
    expectReadings(name, {
      'Example.COM': 'example.com',
      'ａｂｃ.com': 'abc.com',
      'ＥＸＡＭＰＬＥ．ＣＯＭ': 'example.com',
      'example。com': 'example.com',
      'ℯxample.com': 'example.com',
    });
  });

  it('writes international names in punycode, nontransitionally', () => {
    expectReadings(name, {
      'bücher.de': 'xn--bcher-kva.de',
      'BU\u0308CHER.DE': 'xn--bcher-kva.de',
      'faß.de': 'xn--fa-hia.de',
      'xn--bcher-kva.de': 'xn--bcher-kva.de',
      'пример.рф': 'xn--e1afmkfd.xn--p1ai',
    });
  });

  it('accepts one final dot and drops it, and trims the spaces of a paste', () => {
    expectReadings(name, {
      'example.com.': 'example.com',
      '  example.com\n': 'example.com',
    });
  });

  it('removes an ignored character and tells the user', () => {
    const parsed = parseZoneName('exam\u00adple.com');
    expect(parsed.ok && parsed.name).toBe('example.com');
    expect(parsed.ok && parsed.notices).toHaveLength(1);
    if (!parsed.ok) return;
    expectSentences(parsed.notices, 'U+00AD');
    expect(parsed.notices[0]!.en).toMatch(/^Removed the invisible character/);
    expectNothingRaw(parsed.notices[0]!.en);
    const selector = parseZoneName('exa\ufe0fmple.com');
    expect(selector.ok && selector.name).toBe('example.com');
    expect(selector.ok && selector.notices[0]?.en).toContain('U+FE0F');
  });

  it('says nothing when nothing was removed', () => {
    const parsed = parseZoneName('Example.com.');
    expect(parsed.ok && parsed.notices).toEqual([]);
  });

  // An invisible or bidi control is named as \u{…}; a C0/C1 control as \DDD, the way zone files write bytes.
  it.each([
    ['zero-width space', 'exa\u200bmple.com', '\\u{200B}', 'invisible'],
    ['word joiner', 'exa\u2060mple.com', '\\u{2060}', 'invisible'],
    ['zero-width no-break space inside', 'exa\ufeffmple.com', '\\u{FEFF}', 'invisible'],
    ['right-to-left override', '\u202eexample.com', '\\u{202E}', 'invisible'],
    ['left-to-right mark', 'example\u200e.com', '\\u{200E}', 'invisible'],
    ['first strong isolate', 'exa\u2068mple.com', '\\u{2068}', 'invisible'],
    ['NUL', 'exa\u0000mple.com', '\\000', 'control character'],
    ['ESC of a terminal sequence', 'exa\u001b]52;c;aGk=\u0007mple.com', '\\027', 'control character'],
    ['DEL', 'exa\u007fmple.com', '\\127', 'control character'],
    ['C1 NEL', 'exa\u0085mple.com', '\\133', 'control character'],
    ['C1 CSI', 'exa\u009b2Kmple.com', '\\155', 'control character'],
  ])('refuses a hidden character (%s), naming it escaped', (_, input, shown, kind) => {
    const problem = refusal(input);
    expect(problem.en).toContain(shown);
    expect(problem.en).toContain(kind);
    expectNothingRaw(problem.en);
    expectNothingRaw(problem.fr);
  });

  it('refuses what UTS #46 disallows, naming the character', () => {
    expect(refusal('exa⒈mple.com').en).toContain('⒈');
    expect(refusal('a\u{e0001}b.com').en).toContain('invisible');
  });

  it('refuses spaces inside a name', () => {
    expect(refusal('exa mple.com').en).toContain('space');
    expect(refusal('exa\u3000mple.com').en).toContain('space');
  });

  it.each(['example.com..', '..', '.example.com', 'example..com', '.', 'a.\u00ad.com'])('refuses the empty label of %j', (input) => {
    expect(refusal(input).en).toContain('empty label');
  });

  it('refuses an empty name', () => {
    expect(refusal('').en).toContain('empty');
    expect(refusal(' \t ').en).toContain('empty');
  });

  it.each(['xn--55555577.com', 'xn--.com', 'xn--abc-.com', 'xn--ab.com', 'xn--a-ecp.com'])('refuses the invalid xn-- label of %j', (input) => {
    expect(refusal(input).en).toContain('not a valid xn-- label');
  });

  it('refuses an all-digit top label, as an IP address is not a domain', () => {
    expect(refusal('192.0.2.10').en).toContain('all-digit label "10"');
    expect(refusal('example.123').en).toContain('all-digit');
    expect(name('123.example')).toBe('123.example');
  });

  it('refuses a single label as a domain, suggesting the whole name', () => {
    const problem = refusal('exemple');
    expect(problem.en).toContain('single label');
    expect(problem.en).toContain('exemple.com');
    expect(refusal('exemple.').en).toContain('single label');
  });

  it('keeps to letters, digits and hyphens, explaining the underscore', () => {
    expect(refusal('a_b.com').en).toContain('underscore');
    expect(refusal('a*b.com').en).toContain('"*"');
    expect(refusal('a/b.com').en).toContain('"/"');
  });

  it('applies the hyphen rules', () => {
    expect(refusal('-example.com').en).toContain('hyphen');
    expect(refusal('example-.com').en).toContain('hyphen');
    expect(refusal('ex--ample.com').en).toContain('3rd and 4th');
  });

  it('applies the joiner, combining-mark and bidi rules of IDNA', () => {
    expect(refusal('a\u200cb.com').en).toContain('joiner');
    // After a virama (Devanagari KSSA written with an explicit half form), ContextJ allows the joiner.
    expect(name('\u0915\u094d\u200d\u0937.com')).not.toBe(name('\u0915\u094d\u0937.com'));
    expect(refusal('\u0301a.com').en).toContain('combining');
    expect(refusal('\u05d0a.com').en).toContain('right-to-left');
    expect(refusal('1com.\u05d0\u05d1').en).toContain('right-to-left');
    expect(name('\u05d0\u05d1.com')).toBe('xn--4dbc.com');
  });

  it('holds labels to 63 and names to 253 characters in their ASCII form', () => {
    const label63 = 'a'.repeat(63);
    expect(name(`${label63}.com`)).toBe(`${label63}.com`);
    expect(refusal(`${'a'.repeat(64)}.com`).en).toContain('64 characters');
    expect(refusal(`${'ü'.repeat(60)}.com`).en).toContain('ASCII form');
    const long = `${[label63, label63, label63].join('.')}.${'b'.repeat(57)}.com`;
    expect(long.length).toBe(253);
    expect(name(long)).toBe(long);
    expect(refusal(long.replace('.com', 'b.com')).en).toContain('254 characters');
  });

  it('refuses oversized input before reading it, without quoting all of it', () => {
    const problem = refusal('a'.repeat(100_000));
    expect(problem.en.length).toBeLessThan(300);
  });

  it('is idempotent: a parsed name parses to itself', () => {
    for (const input of ['ａｂｃ.com', 'bücher.de', 'Example.COM.', 'faß.de']) expect(name(name(input))).toBe(name(input));
  });
});

describe('parseRelativeHost: a host inside a zone', () => {
  const zone = name('example.com') as ZoneName;
  const host = (input: string): RelativeHost => {
    const parsed = parseRelativeHost(input, zone);
    if (!parsed.ok) throw new Error(parsed.problem.en);
    return parsed.name;
  };

  it('reads @, the zone, full and relative names', () => {
    expectReadings(host, {
      '@': '',
      '': '',
      'example.com.': '',
      Mail: 'mail',
      'mail.example.com': 'mail',
      'mail.EXAMPLE.com.': 'mail',
      _dmarc: '_dmarc',
      'selector1._domainkey': 'selector1._domainkey',
      'ｍａｉｌ': 'mail',
    });
  });

  it('refuses an empty label (a pasted `..` host is no name)', () => {
    for (const input of ['..', '.', 'mail..', '.mail']) {
      const parsed = parseRelativeHost(input, zone);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem.en).toContain('empty label');
    }
  });

  it('refuses an absolute name outside the zone, and a name too long with its zone', () => {
    const outside = parseRelativeHost('mail.example.org.', zone);
    expect(!outside.ok && outside.problem.en).toContain('outside example.com');
    const long = parseRelativeHost(Array(4).fill('a'.repeat(62)).join('.'), zone);
    expect(!long.ok && long.problem.en).toContain('at most 253');
  });

  it('keeps a service host to letters, digits, hyphens and underscores (UTS #46 without STD3 lets `@` and `/` through)', () => {
    for (const input of ['é@', 'a/b', 'mail!']) {
      const parsed = parseRelativeHost(input, zone);
      expect(!parsed.ok && parsed.problem.en).toContain('use only letters, digits and hyphens');
    }
  });

  it('refuses hidden characters in a host too', () => {
    const parsed = parseRelativeHost('ma\u200bil', zone);
    expect(!parsed.ok && parsed.problem.en).toContain('\\u{200B}');
  });

  it('gives the full name back', () => {
    expect(hostInZone(host('mail'), zone)).toBe('mail.example.com');
    expect(hostInZone(host('@'), zone)).toBe('example.com');
  });
});

describe('parseOrigin: a zone file’s origin', () => {
  it('takes any depth, the root as `.`, service labels, a final dot or none', () => {
    expect(parseOrigin('example')).toMatchObject({ ok: true, name: 'example' });
    expect(parseOrigin('.')).toMatchObject({ ok: true, name: '' });
    expect(parseOrigin('_msdcs.Example.com.')).toMatchObject({ ok: true, name: '_msdcs.example.com' });
    expect(parseOrigin('bücher.de')).toMatchObject({ ok: true, name: 'xn--bcher-kva.de' });
  });

  it('refuses what the name parser refuses, with its sentence', () => {
    const parsed = parseOrigin('exa mple.com');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expectSentences([parsed.problem], 'exa mple.com');
  });
});
