import { describe, expect, it } from 'vitest';
import { isSpf, parseSpf, spfTermKey } from '../../../../src/records/spf/index.js';

describe('isSpf', () => {
  it.each([
    ['v=spf1', true],
    ['v=spf1 -all', true],
    ['V=SPF1 include:mx.ovh.com ~all', true],
    ['v=spf10 -all', false],
    [' v=spf1 -all', false],
    ['v=DMARC1; p=none', false],
    ['MS=ms12345678', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isSpf(text)).toBe(expected);
  });
});

describe('parseSpf', () => {
  it('reads qualifiers, mechanisms, values and the all term', () => {
    const parsed = parseSpf('v=spf1 +A MX:Example.com/24 -ip4:192.0.2.0/24 ip6:2001:DB8::1 ?include:mx.ovh.com ~all');
    expect(parsed.problems).toEqual([]);
    expect(parsed.terms.map((t) => [t.qualifier, t.mechanism, t.value, t.cidr])).toEqual([
      ['+', 'a', undefined, undefined],
      ['+', 'mx', 'Example.com', '/24'],
      ['-', 'ip4', '192.0.2.0/24', undefined],
      ['+', 'ip6', '2001:DB8::1', undefined],
      ['?', 'include', 'mx.ovh.com', undefined],
      ['~', 'all', undefined, undefined],
    ]);
    expect(parsed.all?.raw).toBe('~all');
    expect(parsed.redirect).toBeUndefined();
  });

  it('keeps modifiers as terms and exposes the redirect target', () => {
    const parsed = parseSpf('v=spf1 a redirect=_spf.Example.com exp=explain.example.com');
    expect(parsed.problems).toEqual([]);
    expect(parsed.redirect).toBe('_spf.Example.com');
    expect(parsed.terms.map((t) => [t.kind, t.mechanism])).toEqual([
      ['mechanism', 'a'],
      ['modifier', 'redirect'],
      ['modifier', 'exp'],
    ]);
  });

  it('accepts a/mx dual CIDR forms and macros', () => {
    const parsed = parseSpf('v=spf1 a/24 mx//64 a:example.com/24//64 exists:%{i}._spf.%{d} -all');
    expect(parsed.problems).toEqual([]);
    expect(parsed.terms[2]).toMatchObject({ value: 'example.com', cidr: '/24//64' });
  });

  it('says what is wrong with each bad term, all of them', () => {
    const parsed = parseSpf('v=spf1 include inclde:x.com ip4:300.1.1.1 ip6:zz a/33 +redirect=a.com mx:nodot');
    const text = parsed.problems.map((p) => p.en).join('\n');
    expect(parsed.problems).toHaveLength(7);
    expect(text).toContain('"include" needs a domain name');
    expect(text).toContain('"inclde:x.com" is not an SPF mechanism');
    expect(text).toContain('"ip4:300.1.1.1" needs an IPv4 address');
    expect(text).toContain('"ip6:zz" needs an IPv6 address');
    expect(text).toContain('prefix length in "a/33"');
    expect(text).toContain('cannot start with + - ~ or ?');
    expect(text).toContain('"nodot" in "mx:nodot" is not a domain name');
    for (const problem of parsed.problems) expect(problem.fr).not.toBe('');
  });

  it('refuses a value on all', () => {
    expect(parseSpf('v=spf1 all:x').problems.map((p) => p.en)).toEqual(['"all:x": "all" takes no value; write just "all".']);
  });

  it('flags dead terms after all, an ignored redirect and duplicate modifiers', () => {
    const parsed = parseSpf('v=spf1 -all a redirect=x.example.com redirect=y.example.com exp=e.example.com');
    const text = parsed.problems.map((p) => p.en);
    expect(text).toContain('"a" after "-all" is never evaluated: move it before "-all" or remove it.');
    expect(text).toContain('The "redirect=" is ignored because the policy also has an "all" term: remove one of the two.');
    expect(text.some((t) => t.includes('more than one "redirect="'))).toBe(true);
  });

  it('does not flag a modifier after all', () => {
    expect(parseSpf('v=spf1 mx -all exp=explain.example.com').problems).toEqual([]);
  });

  it('rejects a text that is not SPF with one sentence', () => {
    const parsed = parseSpf('v=DMARC1; p=none');
    expect(parsed.terms).toEqual([]);
    expect(parsed.problems[0]?.en).toContain('starts with "v=spf1"');
  });
});

describe('spfTermKey', () => {
  const key = (text: string) => spfTermKey(parseSpf(`v=spf1 ${text}`).terms[0]!);
  it.each([
    ['include:MX.OVH.com.', 'include:mx.ovh.com'],
    ['+a', 'a'],
    ['a/32', 'a'],
    ['mx//128', 'mx'],
    ['ip4:192.0.2.1/32', 'ip4:192.0.2.1'],
    ['ip6:2001:DB8:0:0::1/128', 'ip6:2001:db8::1'],
  ])('%s means the same as %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });
  it.each([
    ['a', 'a:example.com'],
    ['ip4:192.0.2.0/24', 'ip4:192.0.2.1'],
    ['exists:%{I}.example.com', 'exists:%{i}.example.com'],
  ])('%s is not taken for %s', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
});
