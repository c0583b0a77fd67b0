import { describe, expect, inject, it } from 'vitest';
import { negativeCacheSeconds } from '../support/dns/negative-ttl.js';
import { faultUrl } from '../support/dns/urls.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `check` through the built CLI against the real loopback DoH servers (unbound behind dnsdist,
 * plus the fault proxy), serving test/fixtures/zones/cli-*.test.zone.
 */

const dns = inject('dns');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=192.0.2.10', '--var', 'dmarc=v=DMARC1; p=none'];
const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];

interface CheckJson {
  domain: string;
  service: string;
  nameservers: string[];
  results: {
    type: string;
    name: string;
    expected: string | null;
    found: string[];
    byResolver: Record<string, string[] | { error: string }>;
    status: string;
    message: string;
    retryAfterSeconds: number | null;
  }[];
}

async function checkJson(args: string[], env: Record<string, string> = {}) {
  const run = await runBuiltCli(['check', ...args, '--format', 'json'], env);
  return { ...run, json: run.stdout === '' ? undefined : (JSON.parse(run.stdout) as CheckJson) };
}

describe('check against the loopback DoH server', () => {
  it('exits 0 when the zone is right, with expected/found/byResolver per resolver and the name servers', async () => {
    // dnsdist over plain HTTP and over TLS (its self-signed certificate trusted for this run).
    const second = dns.tlsUrl;
    const { code, stderr, json } = await checkJson(['cli-ok.test', ...ONPREM, '--resolver', dns.plainUrl, '--resolver', second], {
      NODE_EXTRA_CA_CERTS: dns.certPath,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json?.domain).toBe('cli-ok.test');
    expect(json?.service).toBe('exchange-onprem');
    expect(json?.nameservers).toEqual(['ns1.cli-ok.test', 'ns2.cli-ok.test']);
    expect(json?.results.map((r) => `${r.status} ${r.type} ${r.name}`).sort()).toEqual([
      'ok A mail.cli-ok.test',
      'ok MX cli-ok.test',
      'ok SRV _autodiscover._tcp.cli-ok.test',
      'ok TXT _dmarc.cli-ok.test',
      'ok TXT cli-ok.test',
    ]);
    const srv = json?.results.find((r) => r.type === 'SRV');
    expect(srv).toMatchObject({
      expected: '0 0 443 mail.cli-ok.test.',
      found: ['0 0 443 mail.cli-ok.test.'],
      byResolver: { [dns.plainUrl]: ['0 0 443 mail.cli-ok.test.'], [second]: ['0 0 443 mail.cli-ok.test.'] },
    });
    expect(json?.results.find((r) => r.type === 'TXT' && r.name === 'cli-ok.test')?.expected).toBe('"v=spf1 a mx ~all"');
  });

  it('exits 1 on missing, mismatch and conflict rows; extra conflicting records have expected null', async () => {
    const { code, json } = await checkJson(['cli-broken.test', ...HOSTED, '--resolver', dns.plainUrl, '--lang', 'fr']);
    expect(code).toBe(1);
    const rows = json?.results ?? [];
    const status = (type: string, name: string) => rows.filter((r) => r.type === type && r.name === name).map((r) => r.status);
    expect(status('SRV', '_autodiscover._tcp.cli-broken.test')).toEqual(['mismatch']);
    expect(status('CNAME', 'ab1cd-check.cli-broken.test')).toEqual(['missing']);
    // The MX of another provider is an extra record: a conflict row with no expected value.
    expect(rows.find((r) => r.type === 'MX' && r.status === 'conflict')).toMatchObject({
      expected: null,
      found: expect.arrayContaining(['10 mx.other-provider.example.']),
    });
    // Two SPF records: the SPF row itself is not ok.
    expect(rows.find((r) => r.type === 'TXT' && r.expected === '"v=spf1 include:mx.ovh.com ~all"')?.status).not.toBe('ok');
    // Messages in French (--lang fr).
    expect(rows.find((r) => r.type === 'CNAME')?.message).toMatch(/^Absent/);
  });

  it('prints a readable table in the language of LANG', async () => {
    const run = await runBuiltCli(['check', 'cli-broken.test', ...HOSTED, '--resolver', dns.plainUrl], { LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Serveurs de noms (la zone se modifie là)\u00a0: ns1.cli-broken.test');
    expect(run.stdout).toContain(`Résolveurs\u00a0: ${dns.plainUrl}`);
    expect(run.stdout).toMatch(/^INCORRECT\s+SRV\s+_autodiscover\._tcp\.cli-broken\.test\s+0 0 443 ex5\.mail\.ovh\.net\.\s+0 0 80 ex5\.mail\.ovh\.net\.$/m);
    expect(run.stdout).toMatch(/^ABSENT\s+CNAME\s+ab1cd-check\.cli-broken\.test\s+ovh\.com\.\s+\(rien\)$/m);
    expect(run.stdout).toMatch(/^CONFLIT\s+/m);
    // Not a terminal: no progress line on stderr.
    expect(run.stderr).toBe('');
  });

  it('accepts the setup as a share code', async () => {
    const code = (await runBuiltCli(['share', 'cli-ok.test', ...ONPREM])).stdout.trim();
    const { code: exit, json } = await checkJson(['--code', code, '--resolver', dns.plainUrl]);
    expect(exit).toBe(0);
    expect(json?.domain).toBe('cli-ok.test');
  });

  it('exits 3 when nothing is wrong but the resolver is down', async () => {
    const { code, json } = await checkJson(['cli-ok.test', ...ONPREM, '--resolver', dns.downUrl]);
    expect(code).toBe(3);
    for (const row of json?.results ?? []) {
      expect(row.status).toBe('error');
      expect(row.byResolver[dns.downUrl]).toEqual({ error: expect.stringMatching(/\S/) });
    }
  });

  it('bounds a hanging resolver by --timeout, and uses the resolver that answered', async () => {
    // The hanging proxy never answers: only --timeout's timer can end the run, and the error names it.
    // The timer is the good resolver's too: seconds, and a deadline well beyond them, so that a busy
    // machine's slow answer is not cut (the deadline's own cut is check-deadline.test.ts's subject).
    const hanging = faultUrl(dns, 'hang');
    const args = ['--resolver', hanging, '--resolver', dns.plainUrl, '--timeout', '3000', '--deadline', '30000'];
    const { code, json } = await checkJson(['cli-ok.test', ...ONPREM, ...args]);
    expect(code).toBe(0);
    const mx = json?.results.find((r) => r.type === 'MX');
    expect(mx?.byResolver[hanging]).toEqual({ error: 'timed out after 3000 ms' });
    expect(mx?.byResolver[dns.plainUrl]).toEqual(['0 mail.cli-ok.test.']);
  });

  it('exits 1 when one resolver answers another MX, even though the other has the right one', async () => {
    const stale = faultUrl(dns, { swap: { from: 'split.test', to: 'split-stale.test' } });
    const { code, json } = await checkJson(['split.test', '--service', 'ovh-mx-plan', '--resolver', dns.plainUrl, '--resolver', stale]);
    expect(code).toBe(1);
    expect(json?.results.find((r) => r.type === 'MX')?.status).toBe('mismatch');
  });

  it('exits 3 with pending rows while one resolver still answers NXDOMAIN, and says when to check again', async () => {
    const stale = faultUrl(dns, { swap: { from: 'split.test', to: 'split-stale.test' } });
    const { code, json } = await checkJson(['pending-cli.split.test', '--service', 'ovh-mx-plan', '--resolver', dns.plainUrl, '--resolver', stale]);
    expect(code).toBe(3);
    // min(SOA TTL 3600, MINIMUM 300), counted down by unbound from when it stored the SOA.
    const reported = await negativeCacheSeconds(stale, 'pending-cli.split.test', 'MX');
    for (const row of json?.results ?? []) {
      expect(row.status).toBe('pending');
      expect(row.retryAfterSeconds).toBeGreaterThanOrEqual(reported);
      expect(row.retryAfterSeconds).toBeLessThanOrEqual(Math.min(reported + 10, 300));
    }
  });

  it('refuses a resolver that redirects from https to http, and exits 3', async () => {
    const redirecting = faultUrl(dns, { redirect: 302 }, { tls: true });
    const { code, json } = await checkJson(['split.test', '--service', 'ovh-mx-plan', '--resolver', redirecting], { NODE_EXTRA_CA_CERTS: dns.certPath });
    expect(code).toBe(3);
    expect(json?.results[0]?.byResolver[redirecting]).toEqual({ error: expect.stringMatching(/^the resolver redirected to http:\/\/127\.0\.0\.1:\d+\/dns-query\?dns=[\w-]+: not followed/) });
  });

  it('exits 3 with a garbage-answering resolver, and 1 still wins when the zone is wrong', async () => {
    expect((await checkJson(['cli-ok.test', ...ONPREM, '--resolver', faultUrl(dns, 'garbage')])).code).toBe(3);
    const mixed = await checkJson(['cli-broken.test', ...HOSTED, '--resolver', faultUrl(dns, 'http500'), '--resolver', dns.plainUrl]);
    expect(mixed.code).toBe(1);
  });
});
