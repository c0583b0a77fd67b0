import { describe, expect, it } from 'vitest';
import { comparableKey, sameRecord } from '../../../src/records/comparable.js';
import type { DnsRecord } from '../../../src/records/types.js';

describe('comparableKey / sameRecord', () => {
  const mx: DnsRecord = { type: 'MX', name: 'example.com', ttl: 3600, value: 'mx0.mail.ovh.net', priority: 1 };

  it('is one readable string', () => {
    expect(comparableKey(mx)).toBe('example.com MX 1 mx0.mail.ovh.net.');
  });
  it('ignores TTL, case, final dots and IPv6 spelling', () => {
    expect(sameRecord(mx, { ...mx, ttl: 60, name: 'EXAMPLE.com.', value: 'MX0.mail.ovh.net.' })).toBe(true);
    expect(
      sameRecord(
        { type: 'AAAA', name: 'mail.example.com', ttl: 1, value: '2001:db8::1' },
        { type: 'AAAA', name: 'mail.example.com', ttl: 2, value: '2001:DB8:0:0:0:0:0:1' },
      ),
    ).toBe(true);
    expect(
      sameRecord(
        { type: 'CNAME', name: 'exämple.com', ttl: 1, value: 'a.example.net' },
        { type: 'CNAME', name: 'xn--exmple-cua.com', ttl: 1, value: 'a.example.net' },
      ),
    ).toBe(true);
  });
  it('tells apart what differs: priority, port, type, TXT case', () => {
    expect(sameRecord(mx, { ...mx, priority: 5 })).toBe(false);
    const srv: DnsRecord = { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 1, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 };
    expect(sameRecord(srv, { ...srv, port: 80 })).toBe(false);
    expect(sameRecord({ ...mx, type: 'CNAME' }, mx)).toBe(false);
    const txt: DnsRecord = { type: 'TXT', name: 'example.com', ttl: 1, value: 'MS=ms123' };
    expect(sameRecord(txt, { ...txt, value: 'ms=ms123' })).toBe(false);
  });
  it('sees a TXT the same however it was split into strings', () => {
    const long = 'x'.repeat(300);
    expect(comparableKey({ type: 'TXT', name: 'example.com', ttl: 1, value: long })).toBe(
      `example.com TXT "${'x'.repeat(255)}" "${'x'.repeat(45)}"`,
    );
  });
});
