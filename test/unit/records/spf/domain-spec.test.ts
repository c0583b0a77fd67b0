import { describe, expect, it } from 'vitest';
import { domainSpecProblems, macroStringProblems } from '../../../../src/records/spf/domain-spec.js';

const problemOf = (value: string) => domainSpecProblems(`a:${value}`, 'a', ':', value)[0]?.en;

describe('domain-spec (RFC 7208 §7.1)', () => {
  it.each([
    'mail.example.com',
    'mail.example.com.',
    'foo:bar/baz.example.com', // any visible character but % before the top label (the suite's a-colon-domain)
    'foo.example.xn--zckzah', // a top label with dashes, matched greedily
    'host.1-2', // a top label may be all digits and dashes when a dash is inside
    '_spf.%{d2}', // ends with a macro
    '%{ir}.%{v}._spf.example.com',
    '%{l2r+-}.user.%{D2}',
    'macro%%percent%_%_space%-url-space.example.com',
    'x.%{h}', // h is fine in a domain-spec
    'mail.example...com', // empty labels are valid domain-spec syntax (RFC 7208 leaves the result undefined)
  ])('accepts %s', (value) => {
    expect(problemOf(value)).toBeUndefined();
  });

  it.each([
    ['111.222.33.44', 'gives an IP address where SPF expects a host name'],
    ['abc.123', 'is not a domain name'],
    ['example.-com', 'is not a domain name'],
    ['example.com-', 'is not a domain name'],
    ['museum', 'is not a domain name'],
    ['museum.', 'is not a domain name'],
    ['example.com:8080', 'is not a domain name'],
    ['foo-bar', 'is not a domain name'],
    ['%{d}.', 'is not a domain name'],
    ['%(ir).sbl.example.com', 'has a "%" that starts no SPF macro'],
    ['foo%.sbl.example.com', 'has a "%" that starts no SPF macro'],
    ['foo.example.com%', 'has a "%" that starts no SPF macro'],
    ['%{a}.example.com', '"%{a}" in "a:%{a}.example.com" is not a valid SPF macro'],
    ['%{d0}.example.com', '"%{d0}" in "a:%{d0}.example.com" is not a valid SPF macro'],
    ['%{dx}.example.com', 'is not a valid SPF macro'],
    ['%{d.example.com', 'is not a valid SPF macro'],
    ['%{r}.example.com', 'may only appear in the explanation text'],
    ['%{c}.example.com', 'may only appear in the explanation text'],
    ['', 'needs a domain name'],
  ])('refuses %j: %s', (value, reason) => {
    expect(problemOf(value)).toContain(reason);
  });

  it('gives every problem in French too', () => {
    for (const value of ['111.222.33.44', 'abc.123', '%(ir).x.com', '%{a}.x.com', '%{r}.x.com', '']) {
      expect(domainSpecProblems(`a:${value}`, 'a', ':', value)[0]?.fr).toMatch(/\S/);
    }
  });
});

describe('the value of an unknown modifier (RFC 7208 §6: a macro-string)', () => {
  it.each(['man:dog/cat', '+', 'pass', '%{r}.%{c}.%{t}', '%%'])('accepts %j', (value) => {
    expect(macroStringProblems(`foo=${value}`, value)).toEqual([]);
  });
  it.each(['%abc', '%{x}', '%{i'])('refuses %j', (value) => {
    expect(macroStringProblems(`foo=${value}`, value)).toHaveLength(1);
  });
});
