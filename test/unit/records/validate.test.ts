import { describe, expect, it } from 'vitest';
import type { DnsRecord } from '../../../src/records/types.js';
import { validateDomainName, validateIPv4, validateIPv6, validateRecord, validateTtl, validateU16 } from '../../../src/records/validate.js';
import { expectSentences } from './sentences.js';

describe('validateDomainName', () => {
  it('accepts ordinary, IDN, final-dot and punycode names', () => {
    expect(validateDomainName('mail.example.com')).toEqual([]);
    expect(validateDomainName('mail.example.com.')).toEqual([]);
    expect(validateDomainName('exämple.com')).toEqual([]);
    expect(validateDomainName('xn--exmple-cua.com')).toEqual([]);
    expect(validateDomainName('EX5.Mail.OVH.net')).toEqual([]);
  });
  it('reports an empty name', () => {
    expectSentences(validateDomainName(''));
    expectSentences(validateDomainName('  '));
  });
  it('reports an empty label, naming the name', () => {
    expectSentences(validateDomainName('mail..example.com'), 'mail..example.com');
    expectSentences(validateDomainName('.example.com'), '.example.com');
  });
  it('reports a label longer than 63 characters, counting the punycode form', () => {
    const long = 'a'.repeat(64);
    expectSentences(validateDomainName(`${long}.example.com`), long, '64', '63');
    expect(validateDomainName(`${'a'.repeat(63)}.example.com`)).toEqual([]);
    // 30 different ideographs: short on screen, 72 characters once encoded as xn--….
    const idn = Array.from({ length: 30 }, (_, index) => String.fromCodePoint(0x4e00 + index * 37)).join('');
    expectSentences(validateDomainName(`${idn}.com`), idn, 'xn--', '72');
  });
  it('reports a name longer than 253 characters', () => {
    const name = `${Array.from({ length: 5 }, () => 'a'.repeat(50)).join('.')}.com`;
    expect(name.length).toBe(258);
    expectSentences(validateDomainName(name), '258', '253');
    const fits = `${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com`;
    expect(fits.length).toBe(251);
    expect(validateDomainName(fits)).toEqual([]);
  });
  it('reports bad characters, naming them and the label', () => {
    expectSentences(validateDomainName('ma il.example.com'), 'ma il');
    const [problem] = validateDomainName('ma il.example.com');
    expect(problem?.en).toContain('space');
    expect(problem?.fr).toContain('espace');
    expectSentences(validateDomainName('mail!.example.com'), 'mail!', '!');
    expectSentences(validateDomainName('http://example.com'), ':', '/');
  });
  it('allows underscores only when asked, and hints why', () => {
    expectSentences(validateDomainName('_dmarc.example.com'), '_dmarc');
    expect(validateDomainName('_dmarc.example.com')[0]?.en).toContain('service names');
    expect(validateDomainName('_dmarc.example.com', { allowUnderscore: true })).toEqual([]);
  });
  it('allows * only as the whole first label, and only when asked', () => {
    expect(validateDomainName('*.example.com', { allowWildcard: true })).toEqual([]);
    expectSentences(validateDomainName('*.example.com'), '*');
    expectSentences(validateDomainName('www.*.example.com', { allowWildcard: true }), '*');
    expectSentences(validateDomainName('w*.example.com', { allowWildcard: true }), '*');
  });
  it('reports leading and trailing hyphens', () => {
    expectSentences(validateDomainName('-mail.example.com'), '-mail');
    expectSentences(validateDomainName('mail-.example.com'), 'mail-');
    expect(validateDomainName('mail-1.example.com')).toEqual([]);
  });
  it('reports an all-digit last label (an IP address where a name goes)', () => {
    expectSentences(validateDomainName('192.0.2.10'), '192.0.2.10');
  });
  it('takes the hyphens of zone data that UTS #46 keeps for encodings (CDN hosts), still not at a label’s ends', () => {
    expect(validateDomainName('r3---sn-4g5e6nsz.googlevideo.com')).toEqual([]);
    expectSentences(validateDomainName('r3---sn-.example.com'), 'r3---sn-');
  });
  it('keeps service names to letters, digits, hyphens and underscores', () => {
    expectSentences(validateDomainName('é@.example.com', { allowUnderscore: true }), '@');
  });
  it('collects every problem, not only the first', () => {
    expect(validateDomainName(`-a..${'b'.repeat(64)}.c_d.com`).length).toBeGreaterThanOrEqual(4);
  });
});

describe('validateIPv4 / validateIPv6', () => {
  it('accepts addresses', () => {
    expect(validateIPv4('192.0.2.10')).toEqual([]);
    expect(validateIPv6('2001:db8::10')).toEqual([]);
    expect(validateIPv6('::ffff:192.0.2.1')).toEqual([]);
  });
  it('says what is wrong, naming the value', () => {
    expectSentences(validateIPv4('999.0.2.10'), '999.0.2.10');
    expectSentences(validateIPv4('192.0.2'), '192.0.2');
    expectSentences(validateIPv6('2001:db8::1::2'), '2001:db8::1::2');
    expectSentences(validateIPv6('mail.example.com'), 'mail.example.com');
  });
  it('points to the right record type when the other family is given', () => {
    expect(validateIPv4('2001:db8::1')[0]?.en).toContain('AAAA');
    expect(validateIPv6('192.0.2.1')[0]?.en).toContain('an A record');
  });
});

describe('validateU16 / validateTtl', () => {
  it('accepts 0..65535 whole numbers', () => {
    expect(validateU16('port', 0)).toEqual([]);
    expect(validateU16('port', 65535)).toEqual([]);
  });
  it('reports out-of-range, fractional and missing values, with the field name in each language', () => {
    expectSentences(validateU16('port', 65536), '65536');
    expectSentences(validateU16('weight', -1), '-1');
    expectSentences(validateU16('priority', 1.5), '1.5');
    const [missing] = validateU16('priority', undefined);
    expect(missing?.en).toContain('priority');
    expect(missing?.fr).toContain('priorité');
  });
  it('accepts TTLs 0..2147483647, short ones included', () => {
    expect(validateTtl(0)).toEqual([]);
    expect(validateTtl(30)).toEqual([]);
    expect(validateTtl(2147483647)).toEqual([]);
  });
  it('reports TTLs outside RFC 2181 bounds', () => {
    expectSentences(validateTtl(2147483648), '2147483648');
    expectSentences(validateTtl(-1), '-1');
    expectSentences(validateTtl(1.5), '1.5');
  });
});

describe('validateRecord', () => {
  const record = (fields: Partial<DnsRecord> & Pick<DnsRecord, 'type'>): DnsRecord => ({
    name: 'example.com',
    ttl: 3600,
    value: '',
    ...fields,
  });
  it('accepts the records of a real set-up', () => {
    const good: DnsRecord[] = [
      record({ type: 'A', name: 'mail.example.com', value: '192.0.2.10' }),
      record({ type: 'AAAA', name: 'mail.example.com', value: '2001:db8::10' }),
      record({ type: 'MX', value: 'mx0.mail.ovh.net', priority: 1 }),
      record({ type: 'MX', value: '', priority: 0 }),
      record({ type: 'SRV', name: '_autodiscover._tcp.example.com', value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 }),
      record({ type: 'CNAME', name: 'autodiscover.example.com', value: 'autodiscover.outlook.com' }),
      record({ type: 'CNAME', name: 'selector1._domainkey.example.com', value: 'selector1-example-com._domainkey.contoso.onmicrosoft.com' }),
      record({ type: 'TXT', name: '_dmarc.example.com', value: 'v=DMARC1; p=none' }),
      record({ type: 'TXT', value: 'x'.repeat(1000) }),
    ];
    for (const item of good) expect(validateRecord(item), JSON.stringify(item)).toEqual([]);
  });
  it('A needs an IPv4 and AAAA an IPv6', () => {
    expectSentences(validateRecord(record({ type: 'A', value: '2001:db8::1' })), '2001:db8::1');
    expectSentences(validateRecord(record({ type: 'AAAA', value: '192.0.2.1' })), '192.0.2.1');
  });
  it('MX needs a priority and a host name, not an address', () => {
    expectSentences(validateRecord(record({ type: 'MX', value: 'mx.example.com' })));
    expectSentences(validateRecord(record({ type: 'MX', value: '192.0.2.1', priority: 10 })), '192.0.2.1');
    expectSentences(validateRecord(record({ type: 'MX', value: 'mx_1.example.com', priority: 10 })), 'mx_1');
  });
  it('a null MX has priority 0', () => {
    expectSentences(validateRecord(record({ type: 'MX', value: '', priority: 10 })), '10');
  });
  it('SRV needs _service._proto, and three numbers', () => {
    const srv = { type: 'SRV' as const, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 };
    expectSentences(validateRecord(record({ ...srv, name: 'autodiscover.example.com' })), 'autodiscover.example.com');
    expectSentences(validateRecord(record({ ...srv, name: '_autodiscover.example.com' })), '_autodiscover.example.com');
    expect(validateRecord(record({ ...srv, name: '_autodiscover._tcp.example.com', port: 70000, weight: undefined })).length).toBe(2);
  });
  it('CNAME targets a host name', () => {
    expectSentences(validateRecord(record({ type: 'CNAME', name: 'www.example.com', value: '192.0.2.1' })), '192.0.2.1');
    expectSentences(validateRecord(record({ type: 'CNAME', name: 'www.example.com', value: 'bad..target' })), 'bad..target');
  });
  it('TXT is not empty and can be encoded', () => {
    expectSentences(validateRecord(record({ type: 'TXT', value: '' })));
    expectSentences(validateRecord(record({ type: 'TXT', value: 'half \ud83d emoji' })));
    expectSentences(validateRecord(record({ type: 'TXT', value: 'x'.repeat(70000) })), '70000');
  });
  it('host owners refuse underscores; service owners take them', () => {
    expectSentences(validateRecord(record({ type: 'A', name: '_mail.example.com', value: '192.0.2.1' })), '_mail');
    expect(validateRecord(record({ type: 'TXT', name: '_dmarc.example.com', value: 'v=DMARC1; p=none' }))).toEqual([]);
  });
  it('reports the TTL and every other problem together', () => {
    const problems = validateRecord(record({ type: 'MX', name: 'bad..name', ttl: -5, value: '192.0.2.1' }));
    expect(problems.length).toBe(4);
    expectSentences(problems, 'bad..name', '-5', '192.0.2.1');
  });
  it('names an unknown type coming from untyped data', () => {
    expectSentences(validateRecord({ type: 'NS', name: 'example.com', ttl: 1, value: 'ns1.example.com' } as unknown as DnsRecord), 'NS');
  });
});
