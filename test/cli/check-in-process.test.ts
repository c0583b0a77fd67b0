import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeDohFetch, type FakeReply } from '../support/fake-doh-fetch.js';
import { settlesAt } from '../support/fake-clock.js';

/*
 * The check command's logic (exit codes, JSON shape, table, progress line) with a fake DoH
 * fetch, in-process. The same command against a real DoH server, through the built CLI, is in
 * check-loopback.test.ts.
 */

const DOMAIN = 'example.net';
const RESOLVERS = ['https://one.test/dns-query', 'https://two.test/dns-query'];
const GUIDE_MX: Answer[] = [1, 5, 50, 100, 200].map((preference, i) => ({
  type: 'MX',
  name: DOMAIN,
  ttl: 3600,
  data: { preference, exchange: `mx${i}.mail.ovh.net` },
}));
const SPF: Answer = { type: 'TXT', name: DOMAIN, ttl: 600, data: ['v=spf1 include:mx.ovh.com ~all'] };
/** What the include pulls in (a stand-in policy: the check follows includes, and one without SPF is a permerror). */
const OVH_SPF: Answer = { type: 'TXT', name: 'mx.ovh.com', ttl: 600, data: ['v=spf1 ip4:198.51.100.0/24 ~all'] };
const NS: Answer[] = ['dns1.example.org', 'ns1.example.org'].map((data) => ({ type: 'NS', name: DOMAIN, ttl: 86400, data }));

/** A zone as the fake resolvers see it: answers per `TYPE name`. */
function zone(records: Record<string, Answer[]>) {
  return (question: { name: string; type: string }): FakeReply => {
    const answers = records[`${question.type} ${question.name}`];
    return answers ? { answers } : { rcode: 'NOERROR', answers: [] };
  };
}

function io(fetch: typeof globalThis.fetch, stderrIsTty = false) {
  const out = { stdout: '', stderr: '' };
  const cliIo: CliIo = {
    env: { LANG: 'C' },
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    stderrIsTty,
    fetch,
  };
  return { cliIo, out };
}

const resolverArgs = RESOLVERS.flatMap((url) => ['--resolver', url]);

describe('check (in-process, fake DoH)', () => {
  it('exits 0 and prints the documented JSON when every record is in place', async () => {
    const fake = fakeDohFetch(zone({ [`MX ${DOMAIN}`]: GUIDE_MX, [`TXT ${DOMAIN}`]: [SPF], ['TXT mx.ovh.com']: [OVH_SPF], [`NS ${DOMAIN}`]: NS }));
    const { cliIo, out } = io(fake.fetch);
    const code = await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--format', 'json', '--lang', 'fr'], cliIo);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['domain', 'service', 'nameservers', 'dnsHost', 'results']);
    // Name servers the catalog does not know, and no SOA in this fake zone: named after their domain.
    expect(json.dnsHost).toEqual({ id: null, name: 'example.org', dnsPage: null, source: 'nameservers' });
    expect(json.domain).toBe(DOMAIN);
    expect(json.service).toBe('ovh-mx-plan');
    expect(json.nameservers).toEqual(['dns1.example.org', 'ns1.example.org']);
    expect(json.results).toHaveLength(6);
    for (const row of json.results) {
      expect(Object.keys(row)).toEqual(['type', 'name', 'expected', 'found', 'byResolver', 'status', 'message', 'retryAfterSeconds']);
      expect(row.status).toBe('ok');
      expect(row.retryAfterSeconds).toBeNull();
      expect(typeof row.message).toBe('string');
      expect(Object.keys(row.byResolver)).toEqual(RESOLVERS);
    }
    expect(json.results[0]).toMatchObject({ type: 'MX', name: DOMAIN, expected: '1 mx0.mail.ovh.net.' });
    expect(json.results.find((r: { type: string }) => r.type === 'TXT')).toMatchObject({ expected: '"v=spf1 include:mx.ovh.com ~all"' });
    // Message in the chosen language (fr): the engine's ok sentence.
    expect(json.results[0].message).toBe('En place.');
  });

  it('exits 1 when a record is missing, and the table says what to do', async () => {
    const fake = fakeDohFetch(zone({ [`MX ${DOMAIN}`]: GUIDE_MX, [`NS ${DOMAIN}`]: NS }));
    const { cliIo, out } = io(fake.fetch);
    const code = await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs], cliIo);
    expect(code).toBe(1);
    expect(out.stdout).toContain(`Domain: ${DOMAIN}`);
    expect(out.stdout).toContain('Name servers (edit the zone there): dns1.example.org, ns1.example.org');
    expect(out.stdout).toContain(`Resolvers: ${RESOLVERS.join(', ')}`);
    expect(out.stdout).toMatch(/^STATUS\s+TYPE\s+NAME\s+EXPECTED\s+FOUND$/m);
    expect(out.stdout).toMatch(/^MISSING\s+TXT\s+example\.net\s+"v=spf1 include:mx\.ovh\.com ~all"\s+\(nothing\)$/m);
    expect(out.stdout).toMatch(/^OK\s+MX\s+example\.net\s+1 mx0\.mail\.ovh\.net\.\s+/m);
    expect(out.stdout).toMatch(/→ Missing: add TXT "v=spf1/);
    expect(out.stdout).toContain('Records checked: 6 — 5 OK · 1 MISSING · 0 WRONG · 0 CONFLICT · 0 PENDING · 0 NOT CHECKED');
  });

  it('exits 3 when nothing is wrong but no resolver answered, each bounded by --timeout', async () => {
    const fake = fakeDohFetch(() => 'hang');
    const { cliIo, out } = io(fake.fetch);
    const code = await settlesAt(100, () => runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--timeout', '100', '--format', 'json'], cliIo));
    expect(code).toBe(3);
    const json = JSON.parse(out.stdout);
    for (const row of json.results) {
      expect(row.status).toBe('error');
      for (const url of RESOLVERS) expect(row.byResolver[url]).toEqual({ error: expect.any(String) });
    }
  });

  it('says resolver errors in French in a French table, while the JSON keeps its English error string', async () => {
    const table = io(fakeDohFetch(() => 'hang').fetch);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--timeout', '100', '--lang', 'fr'], table.cliIo);
    expect(table.out.stdout).toContain('pas de réponse au bout de 100\u00a0ms');
    expect(table.out.stdout).not.toMatch(/timed out|no resolver answered/);
    const json = io(fakeDohFetch(() => 'hang').fetch);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--timeout', '100', '--lang', 'fr', '--format', 'json'], json.cliIo);
    const row = JSON.parse(json.out.stdout).results[0];
    expect(row.byResolver[RESOLVERS[0]!]).toEqual({ error: 'timed out after 100 ms' });
    expect(row.message).toMatch(/^Vérification impossible\u00a0: aucun résolveur n’a répondu \(pas de réponse au bout de 100\u00a0ms\)/);
  });

  it('exits 3 with a pending row when one resolver still answers NXDOMAIN, retryAfterSeconds from its SOA', async () => {
    const soa: Answer = { type: 'SOA', name: DOMAIN, ttl: 3600, data: { mname: 'dns1.example.org', rname: 'tech.example.org', minimum: 300 } };
    // The include the policy pulls in is served, so the SPF row is about the cached NXDOMAIN only.
    const ovhSpf: Answer = { type: 'TXT', name: 'mx.ovh.com', ttl: 600, data: ['v=spf1 ip4:192.0.2.0/24 ~all'] };
    const fake = fakeDohFetch((question, url) =>
      url === RESOLVERS[1] && question.type === 'TXT' && question.name === DOMAIN
        ? { rcode: 'NXDOMAIN', authorities: [soa] }
        : zone({ [`MX ${DOMAIN}`]: GUIDE_MX, [`TXT ${DOMAIN}`]: [SPF], [`NS ${DOMAIN}`]: NS, 'TXT mx.ovh.com': [ovhSpf] })(question),
    );
    const { cliIo, out } = io(fake.fetch);
    const code = await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--format', 'json'], cliIo);
    expect(code).toBe(3);
    const spf = JSON.parse(out.stdout).results.find((r: { type: string }) => r.type === 'TXT');
    expect(spf).toMatchObject({ status: 'pending', retryAfterSeconds: 300, byResolver: { [RESOLVERS[0]!]: ['"v=spf1 include:mx.ovh.com ~all"'], [RESOLVERS[1]!]: [] } });
    const table = io(fake.fetch);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--lang', 'fr'], table.cliIo);
    expect(table.out.stdout).toMatch(/^EN ATTENTE\s+TXT\s+example\.net\s+/m);
    expect(table.out.stdout).toContain('Revérifiez après 300\u00a0s');
  });

  it('bounds the whole check by --deadline, whatever --timeout says', async () => {
    const fake = fakeDohFetch(() => 'hang');
    const { cliIo, out } = io(fake.fetch);
    const code = await settlesAt(200, () => runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs, '--timeout', '4000', '--deadline', '200', '--format', 'json'], cliIo));
    expect(code).toBe(3);
    expect(JSON.parse(out.stdout).results[0].byResolver[RESOLVERS[0]!]).toEqual({ error: "no answer within the check's deadline of 200 ms" });
  });

  it('exits 1 rather than 3 when one row is wrong and another unverified', async () => {
    const fake = fakeDohFetch((question) => (question.type === 'TXT' ? { httpStatus: 500 } : zone({ [`NS ${DOMAIN}`]: NS })(question)));
    const { cliIo } = io(fake.fetch);
    expect(await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs], cliIo)).toBe(1);
  });

  it('draws a progress line on a terminal only, and erases it', async () => {
    const reply = zone({ [`MX ${DOMAIN}`]: GUIDE_MX, [`TXT ${DOMAIN}`]: [SPF], [`NS ${DOMAIN}`]: NS });
    const tty = io(fakeDohFetch(reply).fetch, true);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs], tty.cliIo);
    expect(tty.out.stderr).toMatch(/^\r\x1b\[2KChecking… 0\/\d+ queries done/);
    expect(tty.out.stderr).toMatch(/Checking… (\d+)\/\1 queries done\r\x1b\[2K$/);
    const pipe = io(fakeDohFetch(reply).fetch, false);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', ...resolverArgs], pipe.cliIo);
    expect(pipe.out.stderr).toBe('');
  });

  it('asks the default resolvers when none is given', async () => {
    const fake = fakeDohFetch(zone({}));
    const { cliIo } = io(fake.fetch);
    await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan'], cliIo);
    const asked = new Set(fake.calls.map((call) => call.split(' ')[0]));
    expect([...asked].sort()).toEqual(['https://cloudflare-dns.com/dns-query', 'https://dns.google/dns-query']);
  });
});
