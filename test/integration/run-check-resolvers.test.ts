import { describe, expect, inject, it } from 'vitest';
import type { CheckReport } from '../../src/dns/check/types.js';
import { runCheck } from '../../src/dns/run-check.js';
import { expandService } from '../../src/services/expand.js';
import { httpsFetchWithCa } from '../support/https-fetch-with-ca.js';
import { readFileSync } from 'node:fs';
import { negativeCacheSeconds } from '../support/dns/negative-ttl.js';
import { faultUrl } from '../support/dns/urls.js';

/*
 * The status table against the real loopback unbound + dnsdist: a second resolver that serves
 * other data for the same zone (the fault proxy's swap path, answering from split-stale.test),
 * cached NXDOMAIN, SERVFAIL on one resolver, truncated answers, redirects, Cloudflare's proxy.
 */
const dns = inject('dns');
const STALE = faultUrl(dns, { swap: { from: 'split.test', to: 'split-stale.test' } });
const SERVFAILING = faultUrl(dns, { swap: { from: 'split.test', to: 'broken.doh.test' } });

async function checkZone(service: string, domain: string, vars: Record<string, string>, resolvers: string[], fetchFn: typeof fetch = fetch): Promise<CheckReport> {
  const expanded = expandService(service, domain, vars);
  if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
  return runCheck({ set: expanded.set, resolvers, fetch: fetchFn, timeoutMs: 2000, expandSpf: false });
}

const rowsOf = (report: CheckReport, type: string) => report.results.filter((r) => r.type === type);

describe('two resolvers that disagree', () => {
  it('reads mismatch when one answers MX 0 mx.attacker.example and the other the right set', async () => {
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [dns.plainUrl, STALE]);
    const mx = rowsOf(report, 'MX');
    expect(mx.filter((r) => r.expected !== null).map((r) => r.status)).toEqual(Array(5).fill('mismatch'));
    expect(mx[0]!.byResolver).toEqual({
      [dns.plainUrl]: ['1 mx0.mail.ovh.net.', '5 mx1.mail.ovh.net.', '50 mx2.mail.ovh.net.', '100 mx3.mail.ovh.net.', '200 mx4.mail.ovh.net.'],
      [STALE]: ['0 mx.attacker.example.'],
    });
    // The TTL left on the attacker's answer (600 in its zone, counted down by unbound's cache).
    expect(mx[0]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(mx[0]!.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(rowsOf(report, 'TXT').map((r) => r.status)).toEqual(['ok']);
  });

  it('reads pending when one answers NXDOMAIN, waiting min(SOA TTL, MINIMUM)', async () => {
    const report = await checkZone('ovh-mx-plan', 'pending.split.test', {}, [dns.plainUrl, STALE]);
    expect(report.results.map((r) => r.status)).toEqual(Array(6).fill('pending'));
    // SOA TTL 3600, MINIMUM 300 in the zone; unbound counts it down from when it stored the SOA.
    const reported = await negativeCacheSeconds(STALE, 'pending.split.test', 'TXT');
    expect(reported).toBeLessThanOrEqual(300);
    for (const row of report.results) {
      expect(row.byResolver[STALE]).toEqual([]);
      expect(row.retryAfterSeconds).toBeGreaterThanOrEqual(reported);
      expect(row.retryAfterSeconds).toBeLessThanOrEqual(Math.min(reported + 5, 300));
    }
  });

  it('reads error ("could not verify with …") when one resolver answers SERVFAIL', async () => {
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [dns.plainUrl, SERVFAILING]);
    expect(report.results.map((r) => r.status)).toEqual(Array(6).fill('error'));
    expect(report.results[0]!.message.en).toMatch(new RegExp(`^Could not verify with ${SERVFAILING.replace(/[.?/]/g, '\\$&')} \\(SERVFAIL`));
    expect(report.results[0]!.retryAfterSeconds).toBeNull();
  });
});

describe('answers the client refuses to read as "nothing there"', () => {
  it('asks a truncated answer again over POST and uses it', async () => {
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [faultUrl(dns, 'tc')]);
    expect(report.results.map((r) => r.status)).toEqual(Array(6).fill('ok'));
  });

  it('reads error, never missing, when the answer stays truncated', async () => {
    const tc = faultUrl(dns, 'tc-always');
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [tc]);
    expect(report.results.map((r) => r.status)).toEqual(Array(6).fill('error'));
    expect(report.results[0]!.byResolver[tc]).toEqual({ error: expect.stringMatching(/truncated answer \(TC\), even when asked again over POST/) });
  });

  it.each([301, 302, 307] as const)('refuses a resolver that redirects (%i), naming only the URL it asked', async (status) => {
    const redirecting = faultUrl(dns, { redirect: status });
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [redirecting]);
    expect(report.results.every((r) => r.status === 'error')).toBe(true);
    const error = (report.results[0]!.byResolver[redirecting] as { error: string }).error;
    expect(error).toMatch(new RegExp(`^the resolver redirected to ${dns.plainUrl.replace(/[.?/]/g, '\\$&')}\\?dns=[\\w-]+: not followed`));
    expect(Object.keys(report.results[0]!.byResolver)).toEqual([redirecting]);
  });

  it('refuses a redirect from https to plain http', async () => {
    const redirecting = faultUrl(dns, { redirect: 301 }, { tls: true });
    const report = await checkZone('ovh-mx-plan', 'split.test', {}, [redirecting], httpsFetchWithCa(readFileSync(dns.certPath)));
    const error = (report.results[0]!.byResolver[redirecting] as { error: string }).error;
    expect(error).toMatch(/^the resolver redirected to http:\/\/127\.0\.0\.1:\d+\/dns-query\?dns=[\w-]+: not followed/);
    expect(report.resolvers).toEqual([redirecting]);
  });
});

describe("names behind Cloudflare's proxy", () => {
  it('reads a proxied autodiscover and a flattened DKIM CNAME as mismatch, saying what to switch off', async () => {
    const vars = {
      mx: 'proxied-test.mail.protection.outlook.com',
      verify: 'MS=ms12345678',
      dkim_target1: 'selector1-proxied-test._domainkey.example.onmicrosoft.com',
      dkim_target2: 'selector2-proxied-test._domainkey.example.onmicrosoft.com',
    };
    const report = await checkZone('microsoft-365', 'proxied.test', vars, [dns.plainUrl, faultUrl(dns, 'pass')]);
    const status = (name: string) => report.results.find((r) => r.name === name)!;
    expect(status('autodiscover.proxied.test').status).toBe('mismatch');
    expect(status('autodiscover.proxied.test').message.en).toMatch(/^Proxied by Cloudflare: autodiscover\.proxied\.test answers with Cloudflare's addresses \(104\.16\.1\.1, 172\.67\.2\.2\).*set it to DNS only/);
    expect(status('selector1._domainkey.proxied.test').status).toBe('mismatch');
    expect(status('selector1._domainkey.proxied.test').message.en).toMatch(/^The DKIM CNAME is flattened/);
    expect(status('selector2._domainkey.proxied.test').status).toBe('ok');
    expect(rowsOf(report, 'MX').map((r) => r.status)).toEqual(['ok']);
  });
});
