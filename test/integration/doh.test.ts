import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { dohQuery } from '../../src/dns/doh.js';
import type { Question } from '../../src/dns/types.js';
import { faultUrl } from '../support/dns/urls.js';
import { httpsFetchWithCa } from '../support/https-fetch-with-ca.js';

// The DoH client against the real loopback servers (unbound behind dnsdist, zone
// test/fixtures/zones/doh.test.zone): what a resolver really sends, on the wire.

const dns = inject('dns');
const zoneText = readFileSync(new URL('../fixtures/zones/doh.test.zone', import.meta.url), 'utf8');

/**
 * unbound is a caching resolver: a record asked before in this run comes back with its TTL
 * counted down, so a TTL is "the zone's value, minus at most the length of the run".
 */
const ttl = (zoneTtl: number): unknown =>
  expect.toSatisfy((value: number) => value <= zoneTtl && value > zoneTtl - 60, `a TTL counted down from ${zoneTtl}`);

/** The character-strings of the long DKIM TXT as written in the zone file, joined. */
const longDkim = [...zoneText.split('\n').find((line) => line.startsWith('sel1._domainkey'))!.matchAll(/"([^"]*)"/g)]
  .map((match) => match[1])
  .join('');

describe.each(['GET', 'POST'] as const)('dohQuery over %s', (method) => {
  const ask = (question: Question) => dohQuery(dns.plainUrl, question, { fetch, method });

  it('reads A and AAAA records with their TTL', async () => {
    expect(await ask({ name: 'doh.test', type: 'A' })).toEqual({
      rcode: 'NOERROR',
      ad: false,
      nameservers: [],
      records: [{ type: 'A', name: 'doh.test', ttl: ttl(300), value: '192.0.2.10' }],
    });
    expect((await ask({ name: 'doh.test', type: 'AAAA' })).records).toEqual([
      { type: 'AAAA', name: 'doh.test', ttl: ttl(300), value: '2001:db8::10' },
    ]);
  });

  it('reads MX records with their priority, names lowercased', async () => {
    const { records } = await ask({ name: 'DOH.test.', type: 'MX' });
    expect(records.sort((a, b) => a.priority! - b.priority!)).toEqual([
      { type: 'MX', name: 'doh.test', ttl: ttl(300), value: 'mx1.doh.test', priority: 10 },
      { type: 'MX', name: 'doh.test', ttl: ttl(300), value: 'mx2.doh.test', priority: 20 },
    ]);
  });

  it('joins the strings of a TXT record longer than 255 bytes into one value', async () => {
    expect(longDkim.length).toBeGreaterThan(255);
    const { records } = await ask({ name: 'sel1._domainkey.doh.test', type: 'TXT' });
    expect(records).toEqual([{ type: 'TXT', name: 'sel1._domainkey.doh.test', ttl: ttl(300), value: longDkim }]);
  });

  it('reads SRV records with priority, weight, port and target', async () => {
    const { records } = await ask({ name: '_autodiscover._tcp.doh.test', type: 'SRV' });
    expect(records).toEqual([
      { type: 'SRV', name: '_autodiscover._tcp.doh.test', ttl: ttl(300), value: 'ex1.mail.doh.test', priority: 0, weight: 5, port: 443 },
    ]);
  });

  it('reads a CNAME, and the alias chain with the target records on an address question', async () => {
    expect((await ask({ name: 'www.doh.test', type: 'CNAME' })).records).toEqual([
      { type: 'CNAME', name: 'www.doh.test', ttl: ttl(120), value: 'doh.test' },
    ]);
    expect((await ask({ name: 'www.doh.test', type: 'A' })).records).toEqual([
      { type: 'CNAME', name: 'www.doh.test', ttl: ttl(120), value: 'doh.test' },
      { type: 'A', name: 'doh.test', ttl: ttl(300), value: '192.0.2.10' },
    ]);
  });

  it('puts NS names in nameservers', async () => {
    const answer = await ask({ name: 'doh.test', type: 'NS' });
    expect(answer.nameservers.sort()).toEqual(['ns1.doh.test', 'ns2.doh.test']);
    expect(answer.records).toEqual([]);
  });

  it('tells NXDOMAIN (no such name) from NODATA (the name exists, not that type)', async () => {
    // Both carry how long the absence may be cached (the zone's SOA minimum, 60 s, counted down).
    const negativeTtl = expect.any(Number);
    // …and the zone's SOA from the authority section (who serves the zone: the DNS-host lookup reads it).
    const soa = expect.objectContaining({ primary: 'ns1.doh.test', zone: 'doh.test' });
    expect(await ask({ name: 'nope.doh.test', type: 'A' })).toEqual({ rcode: 'NXDOMAIN', ad: false, records: [], nameservers: [], negativeTtl, soa });
    expect(await ask({ name: 'txt-only.doh.test', type: 'A' })).toEqual({ rcode: 'NOERROR', ad: false, records: [], nameservers: [], negativeTtl, soa });
  });

  it('reports SERVFAIL for a name delegated to a server that never answers', async () => {
    expect((await ask({ name: 'mail.broken.doh.test', type: 'MX' })).rcode).toBe('SERVFAIL');
  });

  it('reports REFUSED for a name outside the test zones (the servers never recurse)', async () => {
    expect((await ask({ name: 'example.com', type: 'A' })).rcode).toBe('REFUSED');
  });

  it('keeps the AD flag a validating resolver sets', async () => {
    const answer = await dohQuery(faultUrl(dns, 'ad'), { name: 'doh.test', type: 'A' }, { fetch, method });
    expect(answer.ad).toBe(true);
    expect(answer.records).toHaveLength(1);
  });
});

describe('dohQuery over TLS', () => {
  const tlsFetch = httpsFetchWithCa(readFileSync(dns.certPath));

  it('talks to dnsdist over HTTPS with the test certificate', async () => {
    const answer = await dohQuery(dns.tlsUrl, { name: 'doh.test', type: 'MX' }, { fetch: tlsFetch });
    expect(answer.records.map((record) => record.value).sort()).toEqual(['mx1.doh.test', 'mx2.doh.test']);
  });

  it('talks to the HTTPS fault proxy (the one the browser tests reach)', async () => {
    const answer = await dohQuery(faultUrl(dns, 'pass', { tls: true }), { name: 'doh.test', type: 'A' }, { fetch: tlsFetch, method: 'POST' });
    expect(answer.records).toHaveLength(1);
  });
});

describe('dohQuery failures', () => {
  const question: Question = { name: 'doh.test', type: 'A' };

  it.each([
    ['HTTP 500', 'http500', /^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/http500\/dns-query: /],
    ['a body that is not DNS', 'garbage', /answered with a body that is not a DNS message/],
    ['a web page instead of DNS', 'wrong-type', /answered with content-type "text\/html" instead of application\/dns-message/],
  ] as const)('throws a sentence on %s', async (_, fault, message) => {
    await expect(dohQuery(faultUrl(dns, fault), question, { fetch })).rejects.toThrow(message);
  });

  it('throws a sentence when nothing listens at the address', async () => {
    await expect(dohQuery(dns.downUrl, question, { fetch })).rejects.toThrow(/^Could not reach http:\/\/127\.0\.0\.1:\d+\/dns-query \(ECONNREFUSED\): check/);
  });

  it('stops waiting when its signal aborts', async () => {
    // The proxy never answers: only the abort can end this query, and the sentence says it did.
    await expect(dohQuery(faultUrl(dns, 'hang'), question, { fetch, signal: AbortSignal.timeout(200) })).rejects.toThrow(/was cancelled before it answered/);
  });

  it('accepts the RFC 8484 URI template form of an address', async () => {
    expect((await dohQuery(`${dns.plainUrl}{?dns}`, question, { fetch })).records).toHaveLength(1);
  });

  it('refuses an address that is not a URL', async () => {
    await expect(dohQuery('dns.google', question, { fetch })).rejects.toThrow('"dns.google" is not a URL');
  });
});
