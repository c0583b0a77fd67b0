import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../support/memory-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { runBuiltCli } from './run-built-cli.js';
import { SAMPLE_SETUPS, varArgs } from './sample-setups.js';

/*
 * `check … --zone-file FILE`: the desired records against a zone file exported from the DNS
 * host, offline. In-process with a fetch that fails the test if anything asks the network,
 * then through the built CLI with no resolver reachable.
 */

const HOSTED = SAMPLE_SETUPS['ovh-hosted-exchange']!;
const ZONE = [
  '; exported from the DNS host',
  '$TTL 3600',
  'example.com.  IN SOA ns1.host.example. hostmaster.example.com. ( 2024 3600 900 604800 300 )',
  '              IN NS  ns1.host.example.',
  '@             IN MX  1 mx0.mail.ovh.net.',
  '@             IN MX  5 mx1.mail.ovh.net.',
  '@             IN MX  50 mx2.mail.ovh.net.',
  '@             IN MX  100 mx3.mail.ovh.net.',
  '@             IN MX  200 mx4.mail.ovh.net.',
  '@             IN TXT "v=spf1 include:mx.ovh.com ~all"',
  '_autodiscover._tcp IN SRV 0 0 443 ex5.mail.ovh.net.',
  'ab1cd-check   IN CNAME ovh.com.',
  '',
].join('\n');

interface CheckJson {
  nameservers: string[];
  results: { type: string; name: string; expected: string | null; found: string[]; byResolver: Record<string, string[]>; status: string; message: string }[];
}

function offlineIo(files: Record<string, string>) {
  const { io: cliIo, out: printed } = memoryIo({
    fetch: () => {
      out.fetches += 1;
      return Promise.reject(new Error('a zone-file check must not ask the network'));
    },
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]);
    },
  });
  const out = Object.assign(printed, { fetches: 0 });
  return { cliIo, out };
}

async function checkFile(zone: string, ...extra: string[]) {
  const { cliIo, out } = offlineIo({ 'example.com.zone': zone });
  const code = await runCli(['check', HOSTED.domain, '--service', 'ovh-hosted-exchange', ...varArgs(HOSTED.vars), '--zone-file', 'example.com.zone', '--format', 'json', ...extra], cliIo);
  return { code, out, json: out.stdout ? (JSON.parse(out.stdout) as CheckJson) : undefined };
}

describe('check --zone-file (in-process, no network)', () => {
  it('checks offline: every row answered by the file alone, naming FILE:LINE in its answer and its message', async () => {
    const { code, out, json } = await checkFile(ZONE);
    expect(out.stderr).toBe('');
    expect(out.fetches).toBe(0);
    expect(code).toBe(0);
    expect(json?.nameservers).toEqual(['ns1.host.example']);
    for (const row of json?.results ?? []) {
      expect(row.status).toBe('ok');
      expect(Object.keys(row.byResolver)).toEqual(['example.com.zone']);
      for (const answer of row.byResolver['example.com.zone'] ?? []) expect(answer).toMatch(/ ; example\.com\.zone:\d+$/);
      expect(row.message).toMatch(/In the zone file: example\.com\.zone:\d+\./);
    }
    const srv = json?.results.find((row) => row.type === 'SRV');
    expect(srv?.byResolver).toEqual({ 'example.com.zone': ['0 0 443 ex5.mail.ovh.net. ; example.com.zone:11'] });
    expect(srv?.message).toBe('In place. In the zone file: example.com.zone:11.');
  });

  it('says on the SPF row that includes are not followed offline, in English and French', async () => {
    const spf = (await checkFile(ZONE)).json?.results.find((row) => row.type === 'TXT');
    expect(spf?.message).toMatch(/SPF includes are not followed .+ not checked\.$/);
    const fr = (await checkFile(ZONE, '--lang', 'fr')).json?.results.find((row) => row.type === 'TXT');
    expect(fr?.message).toMatch(/Les include SPF ne sont pas suivis .+ n’est donc pas vérifié\.$/);
  });

  it('gives the same statuses and exit codes as a DNS check: missing, wrong, conflicting', async () => {
    const broken = ZONE.replace('@             IN MX  100 mx3.mail.ovh.net.\n', '')
      .replace('ex5.mail.ovh.net.', 'ex4.mail.ovh.net.')
      .replace('ab1cd-check', 'autodiscover   IN CNAME autodiscover.mail.ovh.net.\nab1cd-other');
    const { code, json } = await checkFile(broken);
    expect(code).toBe(1);
    const status = (type: string, name: string) => json?.results.filter((row) => row.type === type && row.name === name).map((row) => row.status);
    expect(status('MX', 'example.com')).toContain('missing');
    expect(status('SRV', '_autodiscover._tcp.example.com')).toEqual(['mismatch']);
    expect(status('CNAME', 'autodiscover.example.com')).toEqual(['conflict']);
    const cname = json?.results.find((row) => row.name === 'ab1cd-check.example.com');
    expect(cname?.status).toBe('missing');
    expect(cname?.message).toMatch(/Not in the zone file example\.com\.zone\.$/);
  });

  it('refuses --resolver beside it, a file of another zone, and a file that is not valid, before any check', async () => {
    const withResolver = await checkFile(ZONE, '--resolver', 'https://dns.example/dns-query');
    expect(withResolver.code).toBe(2);
    expect(withResolver.out.stderr).toMatch(/--zone-file .+ --resolver .+: give one or the other\.\n$/);
    const other = await checkFile(ZONE.replace(/example\.com\./g, 'example.net.'));
    expect(other.code).toBe(2);
    expect(other.out.stderr).toMatch(/example\.com\.zone is the zone example\.net, which does not hold example\.com: .+\.\n$/);
    const broken = await checkFile(`${ZONE}www IN A 999.0.0.1\n`);
    expect(broken.code).toBe(2);
    expect(broken.out.stderr).toMatch(/^example\.com\.zone:13: "999\.0\.0\.1" is not an IPv4 address/);
    expect([withResolver, other, broken].map((run) => run.out.fetches)).toEqual([0, 0, 0]);
  });

  it('reads relative names against the domain when the file names no zone', async () => {
    const { code, json } = await checkFile(ZONE.split('\n').filter((line) => !/SOA|NS/.test(line)).join('\n').replace('example.com.', '@'));
    expect(code).toBe(0);
    expect(json?.results.every((row) => row.status === 'ok')).toBe(true);
  });
});

describe('check --domains FILE --zone-file ZONE (in-process, no network)', () => {
  it('checks every line against the one zone file, a line whose domain it does not hold being that line\'s error', async () => {
    const { cliIo, out } = offlineIo({ 'example.com.zone': ZONE });
    const lines = [
      `example.com ovh-hosted-exchange ${varArgs(HOSTED.vars).filter((arg) => arg !== '--var').join(' ')}`,
      'example.com ovh-hosted-exchange server=ex9.mail.ovh.net token=ab1cd',
      'example.net ovh-mx-plan',
    ];
    const stdin = (async function* () {
      yield new TextEncoder().encode(lines.join('\n') + '\n');
    })();
    const code = await runCli(['check', '--domains', '-', '--zone-file', 'example.com.zone'], { ...cliIo, stdin });
    const byLine = new Map(out.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as { line: number; exit: number; error?: string }).map((o) => [o.line, o]));
    expect(code).toBe(2);
    expect(out.fetches).toBe(0);
    expect(byLine.get(1)).toMatchObject({ exit: 0, domain: 'example.com' });
    expect(byLine.get(2)).toMatchObject({ exit: 1, domain: 'example.com' });
    expect(byLine.get(3)).toMatchObject({ exit: 2, input: 'example.net ovh-mx-plan', error: expect.stringMatching(/example\.com\.zone is the zone example\.com, which does not hold example\.net/) });
  });
});

describe('check --zone-file (the built CLI, no resolver reachable)', () => {
  it('works where a DNS check could not: exit 0 and the table naming the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'check-zone-'));
    const file = join(folder, 'example.com.zone');
    writeFileSync(file, ZONE);
    const args = ['check', HOSTED.domain, '--service', 'ovh-hosted-exchange', ...varArgs(HOSTED.vars)];
    // The same check against DNS, through a resolver nothing listens on, cannot verify anything.
    const dns = await runBuiltCli([...args, '--resolver', 'http://127.0.0.1:9/dns-query', '--timeout', '500']);
    expect(dns.code).toBe(3);
    const run = await runBuiltCli([...args, '--zone-file', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`In the zone file: ${file}:11.`);
    expect(run.stdout).toMatch(/Records checked: 8 — 8 OK/);
  });
});
