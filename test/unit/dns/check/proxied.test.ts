import { describe, expect, it } from 'vitest';
import { check, checkQuestions } from '../../../../src/dns/check/check.js';
import { CLOUDFLARE_RANGES } from '../../../../src/dns/cloudflare-ranges.js';
import { isCloudflareAddress } from '../../../../src/dns/cloudflare-proxy.js';
import { observe, setOf } from '../zone-observations.js';

/** Names that must reach the mail service directly, answered by Cloudflare's proxy or flattened. */

const M365 = {
  mx: 'example-com.mail.protection.outlook.com',
  verify: 'MS=ms12345678',
  dkim_target1: 'selector1-example-com._domainkey.example.onmicrosoft.com',
  dkim_target2: 'selector2-example-com._domainkey.example.onmicrosoft.com',
};
const M365_ZONE = [
  'MX example.com 0 example-com.mail.protection.outlook.com',
  'TXT example.com MS=ms12345678',
  'TXT example.com v=spf1 include:spf.protection.outlook.com -all',
  'CNAME selector2._domainkey.example.com selector2-example-com._domainkey.example.onmicrosoft.com',
];

describe("Cloudflare's published ranges", () => {
  it.each([
    ['104.16.0.0', true], ['104.23.255.255', true], ['104.27.1.1', true], ['104.28.0.1', false],
    ['172.64.0.1', true], ['172.71.255.255', true], ['172.72.0.1', false], ['173.245.63.255', true], ['173.245.64.0', false],
    ['2606:4700::6810:84e5', true], ['2606:4701::1', false], ['2a06:98c7:ffff::1', true], ['2a06:98c8::1', false],
    // Cloudflare's public resolver is not a proxy address; documentation addresses are nobody's.
    ['1.1.1.1', false], ['192.0.2.10', false], ['2001:db8::1', false], ['not an address', false],
  ])('%s → %s', (address, inside) => {
    expect(isCloudflareAddress(address)).toBe(inside);
  });

  it('holds every network of the cited lists, each one matching its own first address', () => {
    expect(CLOUDFLARE_RANGES.ipv4).toHaveLength(15);
    expect(CLOUDFLARE_RANGES.ipv6).toHaveLength(7);
    for (const range of [...CLOUDFLARE_RANGES.ipv4, ...CLOUDFLARE_RANGES.ipv6]) expect(isCloudflareAddress(range.split('/')[0]!)).toBe(true);
  });
});

describe('a name that should be a CNAME or reach the service directly', () => {
  it('asks for the address of every CNAME name, and for the TXT of DKIM ones, in the same round', () => {
    const questions = checkQuestions(setOf('microsoft-365', M365)).map((q) => `${q.type} ${q.name}`);
    expect(questions).toEqual(expect.arrayContaining(['A autodiscover.example.com', 'A selector1._domainkey.example.com', 'TXT selector1._domainkey.example.com']));
    expect(questions).not.toContain('TXT autodiscover.example.com');
  });

  it('reads a proxied autodiscover CNAME as mismatch, saying to set it to DNS only', () => {
    const set = setOf('microsoft-365', M365);
    const zone = [...M365_ZONE, 'A autodiscover.example.com 104.16.1.1', 'A autodiscover.example.com 172.67.2.2', 'CNAME selector1._domainkey.example.com selector1-example-com._domainkey.example.onmicrosoft.com'];
    const row = check(set, observe(set, zone, undefined, { ttl: 300 })).find((r) => r.name === 'autodiscover.example.com')!;
    expect([row.status, row.retryAfterSeconds]).toEqual(['mismatch', 300]);
    expect(row.message.en).toBe(
      "Proxied by Cloudflare: autodiscover.example.com answers with Cloudflare's addresses (104.16.1.1, 172.67.2.2) instead of CNAME autodiscover.outlook.com.; set it to DNS only (grey cloud) in Cloudflare's DNS records.",
    );
    expect(row.message.fr).toMatch(/^Proxifié par Cloudflare\u00a0: .*«\u00a0DNS uniquement\u00a0»/);
  });

  it('reads a flattened DKIM CNAME (the key answered as TXT at the name) as mismatch, and says so', () => {
    const set = setOf('microsoft-365', M365);
    const zone = [...M365_ZONE, 'CNAME autodiscover.example.com autodiscover.outlook.com', 'TXT selector1._domainkey.example.com v=DKIM1; k=rsa; p=MIIBIjANBg'];
    const rows = check(set, observe(set, zone));
    const dkim = rows.find((r) => r.name === 'selector1._domainkey.example.com')!;
    expect(dkim.status).toBe('mismatch');
    expect(dkim.message.en).toMatch(/^The DKIM CNAME is flattened: selector1\._domainkey\.example\.com answers with the key's TXT record instead of CNAME selector1-example-com\._domainkey\.example\.onmicrosoft\.com\./);
    expect(rows.find((r) => r.name === 'selector2._domainkey.example.com')!.status).toBe('ok');
    expect(rows.find((r) => r.name === 'autodiscover.example.com')!.status).toBe('ok');
  });

  it('keeps missing for a CNAME name that answers nothing, or addresses outside Cloudflare', () => {
    const set = setOf('microsoft-365', M365);
    const rows = check(set, observe(set, [...M365_ZONE, 'A autodiscover.example.com 192.0.2.80']));
    expect(rows.find((r) => r.name === 'autodiscover.example.com')!.status).toBe('missing');
    expect(rows.find((r) => r.name === 'selector1._domainkey.example.com')!.status).toBe('missing');
  });

  it("reads the service's A record answered with Cloudflare's addresses as proxied", () => {
    const set = setOf('exchange-onprem', { ip: '203.0.113.10' }, 'contoso.com');
    const row = check(set, observe(set, ['A mail.contoso.com 104.21.5.5'])).find((r) => r.type === 'A')!;
    expect(row.status).toBe('mismatch');
    expect(row.message.en).toMatch(/^Proxied by Cloudflare: mail\.contoso\.com answers A 104\.21\.5\.5 \(Cloudflare's addresses\) instead of 203\.0\.113\.10/);
    // Another address that is not Cloudflare's is an ordinary wrong value.
    const wrong = check(set, observe(set, ['A mail.contoso.com 192.0.2.1'])).find((r) => r.type === 'A')!;
    expect(wrong.message.en).toMatch(/^Wrong value/);
  });

  it('flags autodiscover proxied beside the SRV record, which clients try first', () => {
    const set = setOf('ovh-hosted-exchange', { server: 'ex5.mail.ovh.net' });
    const rows = check(set, observe(set, ['A autodiscover.example.com 188.114.96.3'], undefined, { ttl: 300 }));
    const proxied = rows.find((r) => r.name === 'autodiscover.example.com')!;
    expect(proxied).toMatchObject({ status: 'mismatch', expected: null, retryAfterSeconds: 300 });
    expect(proxied.message.en).toMatch(/mail clients try this name before the SRV record _autodiscover\._tcp\.example\.com; set it to DNS only/);
  });
});
