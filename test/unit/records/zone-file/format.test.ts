import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DnsRecord } from '../../../../src/records/types.js';
import { exportZone, formatRdata, formatRecordLine } from '../../../../src/records/zone-file/index.js';
import { readOracle, txtBytes } from './zone-oracle.js';

const mx: DnsRecord = { type: 'MX', name: 'example.com', ttl: 3600, value: 'mx0.mail.ovh.net', priority: 1 };
const srv: DnsRecord = {
  type: 'SRV',
  name: '_autodiscover._tcp.example.com',
  ttl: 3600,
  value: 'ex5.mail.ovh.net',
  priority: 0,
  weight: 0,
  port: 443,
};

describe('formatRdata', () => {
  it('writes absolute names with the final dot', () => {
    expect(formatRdata(mx)).toBe('1 mx0.mail.ovh.net.');
    expect(formatRdata(srv)).toBe('0 0 443 ex5.mail.ovh.net.');
    expect(formatRdata({ type: 'CNAME', name: 'autodiscover.example.com', ttl: 1, value: 'autodiscover.outlook.com' })).toBe(
      'autodiscover.outlook.com.',
    );
    expect(formatRdata({ type: 'A', name: 'mail.example.com', ttl: 1, value: '192.0.2.10' })).toBe('192.0.2.10');
  });
  it('writes the root as "." (null MX)', () => {
    expect(formatRdata({ ...mx, value: '', priority: 0 })).toBe('0 .');
  });
  it('quotes TXT and splits it into strings of at most 255 bytes', () => {
    expect(formatRdata({ type: 'TXT', name: 'example.com', ttl: 1, value: 'v=spf1 include:mx.ovh.com ~all' })).toBe(
      '"v=spf1 include:mx.ovh.com ~all"',
    );
    const key = `v=DKIM1; k=rsa; p=${'A'.repeat(400)}`;
    const printed = formatRdata({ type: 'TXT', name: 'selector1._domainkey.example.com', ttl: 1, value: key });
    expect(printed).toBe(`"${key.slice(0, 255)}" "${key.slice(255)}"`);
  });
});

describe('formatRecordLine', () => {
  it('writes the name relative to the origin, @ for the apex', () => {
    expect(formatRecordLine(mx, { origin: 'example.com' })).toBe('@ 3600 IN MX 1 mx0.mail.ovh.net.');
    expect(formatRecordLine(srv, { origin: 'example.com.' })).toBe('_autodiscover._tcp 3600 IN SRV 0 0 443 ex5.mail.ovh.net.');
  });
  it('writes the absolute name with its dot without an origin, or outside it', () => {
    expect(formatRecordLine(mx)).toBe('example.com. 3600 IN MX 1 mx0.mail.ovh.net.');
    expect(formatRecordLine(mx, { origin: 'example.org' })).toBe('example.com. 3600 IN MX 1 mx0.mail.ovh.net.');
  });
});

describe('exportZone', () => {
  const records: DnsRecord[] = [
    { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 include:mx.ovh.com ~all' },
    { type: 'CNAME', name: 'selector2._domainkey.example.com', ttl: 3600, value: 'selector2.ovh.net' },
    srv,
    { ...mx, value: 'mx1.mail.ovh.net', priority: 5 },
    { type: 'A', name: 'mail.example.com', ttl: 300, value: '192.0.2.10' },
    mx,
    { type: 'CNAME', name: 'selector1._domainkey.example.com', ttl: 3600, value: 'selector1.ovh.net' },
    { type: 'CNAME', name: 'www.example.org', ttl: 3600, value: 'example.com' },
  ];

  it('writes $ORIGIN, $TTL and the records in a readable order, aligned', () => {
    expect(exportZone(records, 'example.com', { header: 'example.com: OVH Hosted Exchange\nmade by the assistant' })).toBe(
      [
        '; example.com: OVH Hosted Exchange',
        '; made by the assistant',
        '$ORIGIN example.com.',
        '$TTL 3600',
        '@                        IN MX 1 mx0.mail.ovh.net.',
        '@                        IN MX 5 mx1.mail.ovh.net.',
        '@                        IN TXT "v=spf1 include:mx.ovh.com ~all"',
        'selector1._domainkey     IN CNAME selector1.ovh.net.',
        'selector2._domainkey     IN CNAME selector2.ovh.net.',
        '_autodiscover._tcp       IN SRV 0 0 443 ex5.mail.ovh.net.',
        'mail                 300 IN A 192.0.2.10',
        'www.example.org.         IN CNAME example.com.',
        '',
      ].join('\n'),
    );
  });
  it('uses the given $TTL and writes other TTLs on their lines', () => {
    const text = exportZone([mx], 'example.com.', { ttl: 60 });
    expect(text).toBe('$ORIGIN example.com.\n$TTL 60\n@ 3600 IN MX 1 mx0.mail.ovh.net.\n');
  });
  it('gives the same text whatever the input order', () => {
    expect(exportZone([...records].reverse(), 'example.com')).toBe(exportZone(records, 'example.com'));
  });
  it('accepts an IDN origin', () => {
    expect(exportZone([], 'exämple.com')).toBe('$ORIGIN xn--exmple-cua.com.\n$TTL 3600\n');
  });
});

describe('a TXT over 255 bytes in a zone file (issue 11)', () => {
  it('writes a 2048-bit DKIM key as several quoted strings, which dnspython reads back whole', () => {
    const stored = readFileSync('test/data/zones/own/dkim-2048.zone', 'utf8');
    // What the file means, as the oracle read it (not as our parser would).
    const oracle = readFileSync('test/data/zones/own/dkim-2048.zone.dnspython.txt', 'utf8');
    const dkimLine = oracle.split('\n').find((line) => line.startsWith('selector1._domainkey.example.com.')) ?? '';
    const value = new TextDecoder().decode(Uint8Array.from(txtBytes(dkimLine.slice(dkimLine.indexOf('"')))));
    expect(readOracle('own/dkim-2048.zone', 'dnspython').exit).toBe(0);
    expect(value).toMatch(/^v=DKIM1; k=rsa; p=MIIBIjAN[A-Za-z0-9+/]{380,}={0,2}$/);
    const records: DnsRecord[] = [
      { type: 'TXT', name: 'selector1._domainkey.example.com', ttl: 3600, value },
      { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 include:spf.protection.outlook.com -all' },
    ];
    const header = 'Written by exportZone (src/records/zone-format.ts): a 2048-bit DKIM key (openssl genrsa 2048) in strings of at most 255 bytes.';
    expect(exportZone(records, 'example.com', { header })).toBe(stored);
    const strings = [...(stored.split('\n').find((line) => line.startsWith('selector1'))?.matchAll(/"([^"]*)"/g) ?? [])].map((match) => match[1] ?? '');
    expect(strings.length).toBeGreaterThan(1);
    for (const text of strings) expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(255);
  });
});
