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
  it('parses a text once: the same policy read again (every domain of a fleet) gives the same reading', () => {
    const policy = 'v=spf1 include:mx.ovh.com ~all';
    expect(parseSpf(policy)).toBe(parseSpf(policy));
    expect(parseSpf('v=spf1 -all')).not.toBe(parseSpf(policy));
  });

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
    const text = parsed.problems.map((p) => p.message.en).join('\n');
    expect(parsed.problems).toHaveLength(7);
    expect(text).toContain('"include" needs a domain name');
    expect(text).toContain('"inclde:x.com" is not an SPF mechanism');
    expect(text).toContain('"ip4:300.1.1.1" needs an IPv4 address');
    expect(text).toContain('"ip6:zz" needs an IPv6 address');
    expect(text).toContain('prefix length in "a/33"');
    expect(text).toContain('cannot start with + - ~ or ?');
    expect(text).toContain('"nodot" in "mx:nodot" is not a domain name');
    for (const problem of parsed.problems) expect(problem.message.fr).not.toBe('');
    expect(parsed.problems.map((p) => [p.term, p.severity])).toEqual(
      ['include', 'inclde:x.com', 'ip4:300.1.1.1', 'ip6:zz', 'a/33', '+redirect=a.com', 'mx:nodot'].map((term) => [term, 'permerror']),
    );
  });

  it('refuses a value on all', () => {
    expect(parseSpf('v=spf1 all:x').problems.map((p) => p.message.en)).toEqual([
      '"all:x": "all" takes no value and receivers reject the whole policy (permerror): write just "all".',
    ]);
  });

  it('flags dead terms after all, an ignored redirect and duplicate modifiers', () => {
    const parsed = parseSpf('v=spf1 -all a redirect=x.example.com redirect=y.example.com exp=e.example.com');
    const text = parsed.problems.map((p) => p.message.en);
    expect(text).toContain('"a" after "-all" is never evaluated: move it before "-all" or remove it.');
    expect(text).toContain('The "redirect=" is ignored because the policy also has an "all" term: remove one of the two.');
    expect(text.some((t) => t.includes('more than one "redirect="'))).toBe(true);
    // Dead terms and an ignored redirect are advice; two redirects make receivers reject the policy.
    expect(parsed.problems.map((p) => `${p.severity} ${p.term}`)).toEqual(['permerror redirect=y.example.com', 'advice a', 'advice redirect=x.example.com']);
  });

  it('does not flag a modifier after all', () => {
    expect(parseSpf('v=spf1 mx -all exp=explain.example.com').problems).toEqual([]);
  });

  it('rejects a text that is not SPF with one sentence', () => {
    const parsed = parseSpf('v=DMARC1; p=none');
    expect(parsed.terms).toEqual([]);
    expect(parsed.problems[0]?.message.en).toContain('starts with "v=spf1"');
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

describe('parseSpf: what RFC 7208 rejects', () => {
  const permerrors = (text: string) => parseSpf(text).problems.filter((p) => p.severity === 'permerror');

  it.each([
    ['v=spf1 a:ctrl.example.com\rptr -all', 'a:ctrl.example.com\\rptr', 'a carriage return (CR)'],
    ['v=spf1 ip4:192.0.2.5\n include:spf.example.com ~all', 'ip4:192.0.2.5\\n', 'a line feed (LF)'],
    ['v=spf1 a\t-all', 'a\\t-all', 'a tab'],
    ['v=spf1 a:foo.example.com\0', 'a:foo.example.com\\u{0}', 'a control character (U+0000)'],
    ['v=spf1 a:\u00ef\u00bb\u00bfgarbage.example.net -all', 'a:\\u{EF}\\u{BB}\\u{BF}garbage.example.net', 'a non-ASCII character (U+00EF)'],
  ])('a CR, LF, tab, NUL or non-ASCII character is one permerror, the character shown escaped: %j', (text, shown, what) => {
    const [problem, ...others] = permerrors(text);
    expect(others).toEqual([]);
    expect(problem?.message.en).toBe(
      `"${shown}" contains ${what}, and receivers reject the whole policy (permerror): SPF terms are separated by single spaces only, so retype the record on one line with plain ASCII characters.`,
    );
    expect(problem?.message.fr).toContain('et les destinataires rejettent toute la politique (permerror)');
  });

  it('takes several spaces and a trailing space as separators', () => {
    expect(parseSpf('v=spf1 a  -all ').problems).toEqual([]);
    expect(parseSpf('v=spf1 a  -all ').terms.map((t) => t.raw)).toEqual(['a', '-all']);
  });

  it.each([
    'v=spf1 ip4:192.0.2.4/032', // no leading zero in a prefix
    'v=spf1 ip4:192.0.2.4/05',
    'v=spf1 ip6:2001:db8::/064',
    'v=spf1 a/024',
    'v=spf1 mx//0128',
    'v=spf1 a/24/64', // the IPv6 prefix takes two slashes
    'v=spf1 ptr/0',
    'v=spf1 include:ip5.example.com/24',
    'v=spf1 exists:mail.example.com/24',
    'v=spf1 -all.',
    'v=spf1 -all/8',
    'v=spf1 =all',
    'v=spf1 1up=foo',
    'v=spf1 moo.cow/far_out=man:dog/cat',
    'v=spf1 redirect:example.com',
    'v=spf1 exp=-all',
    'v=spf1 -all foo=%abc',
    'v=spf1 -all exp=%{r}.example.com',
    'v=spf1 ip4:192.0.2.4:8080',
    'v=spf1 ip6::CAFE::BABE',
  ])('%j is a permerror', (text) => {
    expect(permerrors(text)).toHaveLength(1);
  });

  it.each([
    'v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all',
    'v=spf1 a:foo:bar/baz.example.com',
    'v=spf1 mx:foo.example.com/24',
    'v=spf1 a/24//64 ip4:192.0.2.0/0 ip6:::1.1.1.1/0 ip6:Cafe:Babe:8000::/33',
    'v=spf1 default=+',
    'v=spf1 -include:_spfh.%{d2} ip4:1.2.3.0/24 -all',
    'v=spf1 -all exp=msg8.%{D2}',
  ])('%j is valid', (text) => {
    expect(permerrors(text)).toEqual([]);
  });
});
