import { describe, expect, inject, it } from 'vitest';
import type { CheckReport } from '../../src/dns/check/types.js';
import { runCheck } from '../../src/dns/run-check.js';
import { expandService } from '../../src/services/expand.js';
import { faultUrl } from '../support/dns/urls.js';

/** The engine end to end against the real loopback DoH servers (zones in test/fixtures/zones). */
const dns = inject('dns');
const HOSTED = { server: 'ex5.mail.ovh.net', token: 'ab1cd' };

async function checkZone(
  service: string,
  domain: string,
  vars: Record<string, string>,
  options: { resolvers?: string[]; timeoutMs?: number; expandSpf?: boolean } = {},
): Promise<CheckReport> {
  const expanded = expandService(service, domain, vars);
  if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
  return runCheck({
    set: expanded.set,
    resolvers: options.resolvers ?? [dns.plainUrl, faultUrl(dns, 'pass')],
    fetch,
    timeoutMs: options.timeoutMs ?? 2000,
    expandSpf: options.expandSpf ?? false,
  });
}

const summary = (report: CheckReport) => report.results.map((r) => `${r.status} ${r.type} ${r.name}`);

describe('runCheck against a real DoH server', () => {
  it('reads every record of a correct zone as ok, with name servers and per-resolver answers', async () => {
    const report = await checkZone('ovh-hosted-exchange', 'hosted-ok.test', HOSTED);
    expect(report.results.map((r) => r.status)).toEqual(Array(8).fill('ok'));
    expect(report.nameservers).toEqual(['ns1.hosted-ok.test', 'ns2.hosted-ok.test']);
    const mx = report.results[0]!;
    expect(Object.keys(mx.byResolver)).toEqual([dns.plainUrl, faultUrl(dns, 'pass')]);
    expect(mx.byResolver[dns.plainUrl]).toContain('1 mx0.mail.ovh.net.');
    expect(mx.ttl).toBeGreaterThan(0);
  });

  it("accepts the control panel's MX set", async () => {
    const report = await checkZone('ovh-hosted-exchange', 'hosted-panel.test', { server: 'ex5.mail.ovh.net' });
    expect(report.results.every((r) => r.status === 'ok')).toBe(true);
  });

  it('finds what customers get wrong', async () => {
    const report = await checkZone('ovh-hosted-exchange', 'hosted-broken.test', HOSTED);
    expect(summary(report)).toEqual([
      'ok MX hosted-broken.test', 'ok MX hosted-broken.test', 'ok MX hosted-broken.test', 'ok MX hosted-broken.test', 'ok MX hosted-broken.test',
      'conflict MX hosted-broken.test',
      'conflict TXT hosted-broken.test', 'conflict TXT hosted-broken.test',
      'mismatch SRV _autodiscover._tcp.hosted-broken.test',
      'missing CNAME ab1cd-check.hosted-broken.test',
      'conflict CNAME autodiscover.hosted-broken.test',
    ]);
    // The zone's TTL, as a cache counts it down: the loopback resolver is shared by the whole suite,
    // so another test may have cached this answer minutes ago (never more than the suite's length).
    expect(report.results[0]!.ttl).toBeGreaterThan(86_400 - 3600);
    expect(report.results[0]!.ttl).toBeLessThanOrEqual(86_400);
  });

  it('reports the parent zone name servers for a name below it', async () => {
    const report = await checkZone('exchange-onprem', 'branch.onprem.test', { ip: '203.0.113.10' });
    expect(report.nameservers).toEqual(['ns1.onprem.test']);
    expect(report.results.every((r) => r.status === 'missing')).toBe(true);
  });

  it('counts SPF lookups through includes, and flags a policy over the limit', async () => {
    const fine = await checkZone('exchange-onprem', 'onprem.test', { ip: '203.0.113.10' }, { expandSpf: true });
    expect(fine.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const many = await checkZone('exchange-onprem', 'spf-many.test', { ip: '203.0.113.20' }, { expandSpf: true });
    const spf = many.results.find((r) => r.type === 'TXT')!;
    expect(spf.status).toBe('mismatch');
    expect(spf.message.en).toMatch(/exceed 10 DNS lookups \(11\)/);
  });

  it('cannot verify an SPF record whose include cannot be read (REFUSED: outside the test zones)', async () => {
    const report = await checkZone('ovh-hosted-exchange', 'hosted-ok.test', HOSTED, { expandSpf: true });
    const spf = report.results.find((r) => r.type === 'TXT')!;
    expect(spf.status).toBe('error');
    expect(spf.message.en).toMatch(/^Could not verify this SPF record completely: .*mx\.ovh\.com/);
  });

  it('uses the resolver that answered when the other is down, hangs or fails', async () => {
    for (const bad of [dns.downUrl, faultUrl(dns, 'hang'), faultUrl(dns, 'http500'), faultUrl(dns, 'garbage')]) {
      const report = await checkZone('ovh-mx-plan', 'hosted-ok.test', {}, { resolvers: [dns.plainUrl, bad], timeoutMs: 400 });
      expect(report.results.map((r) => r.status)).toEqual(Array(6).fill('ok'));
      expect(report.results[0]!.byResolver[bad]).toEqual({ error: expect.any(String) });
    }
  });

  it('reads error when no resolver answered, each query cut by the timeout', async () => {
    const hanging = faultUrl(dns, 'hang');
    const report = await checkZone('ovh-mx-plan', 'hosted-ok.test', {}, { resolvers: [hanging], timeoutMs: 300 });
    // The proxy never answers: only the 300 ms timer can end a query, and once it did, the
    // resolver is not asked again (the check's own bound is tested on a fake clock in test/unit/dns).
    for (const row of report.results) {
      expect(row.byResolver[hanging]).toEqual({ error: expect.stringMatching(/^(timed out after 300 ms|not asked again: it timed out earlier in this check)$/) });
    }
    expect(report.results.every((r) => r.status === 'error')).toBe(true);
    expect(report.results[0]!.message.en).toMatch(/no resolver answered/);
  });

  it('tells SERVFAIL from NXDOMAIN', async () => {
    const servfail = await checkZone('ovh-mx-plan', 'broken.doh.test', {});
    expect(servfail.results.every((r) => r.status === 'error')).toBe(true);
    const nxdomain = await checkZone('ovh-mx-plan', 'nothing-here.hosted-ok.test', {});
    expect(nxdomain.results.every((r) => r.status === 'missing')).toBe(true);
  });
});
