import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { faultUrl } from '../support/dns/urls.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `check --domains` through the built CLI against the real loopback DoH servers (unbound behind
 * dnsdist, and the fault proxy's "second resolver that holds other data" for split.test),
 * serving test/fixtures/zones/. Results arrive in the order checks finish: every assertion here
 * is order-independent.
 */

const dns = inject('dns');
const stale = faultUrl(dns, { swap: { from: 'split.test', to: 'split-stale.test' } });
// Generous time per query and per domain: these cases are about statuses and exits, and a busy
// machine must not turn an answer late into "could not check" (exit 3). check-deadline.test.ts times the deadline.
const RESOLVERS = ['--resolver', dns.plainUrl, '--resolver', stale, '--timeout', '15000', '--deadline', '30000'];

interface FleetLine {
  line: number;
  exit: number;
  domain?: string;
  service?: string;
  nameservers?: string[];
  results?: { status: string }[];
  input?: string;
  error?: string;
}

function fileOf(lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dsa-fleet-cli-')), 'domains.txt');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function fleet(path: string, extra: string[] = []) {
  const run = await runBuiltCli(['check', '--domains', path, '--service', 'ovh-mx-plan', ...RESOLVERS, ...extra]);
  const lines = run.stdout === '' ? [] : run.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as FleetLine);
  return { ...run, lines, byLine: new Map(lines.map((line) => [line.line, line])) };
}

let fullFile: string;
/** The whole file's run, which several tests read. */
let full: Awaited<ReturnType<typeof fleet>>;

beforeAll(async () => {
  const code = (await runBuiltCli(['share', 'cli-ok.test', '--service', 'exchange-onprem', '--var', 'ip=192.0.2.10'])).stdout.trim();
  fullFile = fileOf([
    '# customers of the week',
    'cli-ok.test exchange-onprem ip=192.0.2.10 "dmarc=v=DMARC1; p=none"',
    'cli-broken.test ovh-hosted-exchange server=ex5.mail.ovh.net token=ab1cd',
    '',
    'split.test',
    'pending-cli.split.test   # moved last night',
    code,
    'bad..domain',
    'onprem.test exchange-onprem ip=192.0.2.10',
    `hostile\u001b]52;c;aGk=\u0007.test`,
    `long.test ovh-mx-plan note=${'x'.repeat(9000)}`,
  ]);
  full = await fleet(fullFile);
});

// Each case starts the CLI several times: on a busy 2-core machine a start alone can take seconds.
describe('check --domains against the loopback DoH servers', { timeout: 60_000 }, () => {
  it('prints one NDJSON object per setup: the check JSON plus line and exit, a bad line as {line, input, exit, error}', async () => {
    const { code, stdout, stderr, lines, byLine } = full;
    // 9 setups (comment and blank lines are not): 7 checked, 2 refused… and the 2 hostile lines below.
    // Each refused line is also named on stderr, FILE:LINE first, for whoever watches the run.
    const complaints = stderr.trimEnd().split('\n').map((text) => /:(\d+): /.exec(text.slice(fullFile.length))?.[1]);
    expect(stderr.startsWith(`${fullFile}:`)).toBe(true);
    expect(complaints.map(Number).sort((a, b) => a - b)).toEqual([8, 10, 11]);
    expect(code).toBe(2);
    expect(stdout.endsWith('\n')).toBe(true);
    expect([...byLine.keys()].sort((a, b) => a - b)).toEqual([2, 3, 5, 6, 7, 8, 9, 10, 11]);
    expect(lines).toHaveLength(9);

    const ok = byLine.get(2)!;
    expect(Object.keys(ok)).toEqual(['line', 'domain', 'service', 'nameservers', 'dnsHost', 'results', 'exit']);
    expect(ok).toMatchObject({ domain: 'cli-ok.test', service: 'exchange-onprem', exit: 0, nameservers: ['ns1.cli-ok.test', 'ns2.cli-ok.test'] });
    expect(ok.results!.every((row) => row.status === 'ok')).toBe(true);
    expect(byLine.get(3)).toMatchObject({ domain: 'cli-broken.test', service: 'ovh-hosted-exchange', exit: 1 });
    // A domain alone takes --service.
    expect(byLine.get(5)).toMatchObject({ domain: 'split.test', service: 'ovh-mx-plan', exit: 1 });
    expect(byLine.get(6)).toMatchObject({ domain: 'pending-cli.split.test', exit: 3 });
    expect(byLine.get(6)!.results!.every((row) => row.status === 'pending')).toBe(true);
    // The share code carries its own service.
    expect(byLine.get(7)).toMatchObject({ domain: 'cli-ok.test', service: 'exchange-onprem', exit: 0 });
    expect(byLine.get(9)).toMatchObject({ domain: 'onprem.test', exit: 1 });

    const bad = byLine.get(8)!;
    expect(Object.keys(bad)).toEqual(['line', 'input', 'exit', 'error']);
    expect(bad).toMatchObject({ input: 'bad..domain', exit: 2, error: expect.stringMatching(/empty label/) });
  });

  it('refuses a line with control characters and a line over the cap, shown safely, and goes on', async () => {
    const { stdout, byLine } = full;
    for (const line of stdout.trimEnd().split('\n')) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(byLine.get(10)).toMatchObject({ exit: 2, input: 'hostile\\027]52;c;aGk=\\007.test', error: expect.stringContaining('(\\027) at column 8') });
    expect(byLine.get(11)).toMatchObject({ exit: 2, error: expect.stringContaining('longer than 8192 bytes') });
    expect(byLine.get(11)!.input!.length).toBeLessThanOrEqual(201);
  });

  it('exits with the worst code: 2 > 1 > 3 > 0', async () => {
    const files = [
      ['cli-ok.test exchange-onprem ip=192.0.2.10'],
      ['cli-ok.test exchange-onprem ip=192.0.2.10', 'pending-cli.split.test'],
      ['pending-cli.split.test', 'split.test', 'cli-ok.test exchange-onprem ip=192.0.2.10'],
      ['split.test', 'example.com no-such-service', 'pending-cli.split.test'],
    ];
    const codes = await Promise.all(files.map(async (lines) => (await fleet(fileOf(lines))).code));
    expect(codes).toEqual([0, 3, 1, 2]);
  });

  it('splits the setups into shards that are disjoint and together the whole file', async () => {
    const whole = [...full.byLine.keys()].sort((a, b) => a - b);
    const shards = await Promise.all([1, 2, 3].map(async (k) => [...(await fleet(fullFile, ['--shard', `${k}/3`])).byLine.keys()]));
    const union = shards.flat().sort((a, b) => a - b);
    expect(union).toEqual(whole);
    expect(new Set(union).size).toBe(union.length);
    // Positions among setups (comments and blank lines not counted): setups 1, 4, 7 are shard 1.
    expect(shards[0]!.sort((a, b) => a - b)).toEqual([2, 6, 9]);
  });

  it('reads the file from standard input with --domains -, and refuses bad options with exit 2', async () => {
    const piped = await runBuiltCli(['check', '--domains', '-', ...RESOLVERS], {}, 'cli-ok.test exchange-onprem ip=192.0.2.10\n');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ line: 1, domain: 'cli-ok.test', exit: 0 });

    for (const [args, sentence] of [
      [['--shard', '4/3'], /--shard "4\/3" is not K\/N/],
      [['--concurrency', '0'], /--concurrency "0" is not a whole number/],
    ] as const) {
      const run = await fleet(fullFile, [...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(sentence);
    }
    const missing = await runBuiltCli(['check', '--domains', '/nonexistent/domains.txt', ...RESOLVERS]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('Cannot read the domains file /nonexistent/domains.txt (ENOENT)');
    const both = await runBuiltCli(['check', 'example.com', '--domains', fullFile, ...RESOLVERS]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--domains FILE gives one setup per line/);
    const alone = await runBuiltCli(['check', 'example.com', '--service', 'ovh-mx-plan', '--shard', '1/2', ...RESOLVERS]);
    expect(alone.stderr).toMatch(/--shard goes with --domains FILE/);
  });

  it('streams NDJSON even when --format table is asked for', async () => {
    const { lines } = await fleet(fileOf(['cli-ok.test exchange-onprem ip=192.0.2.10']), ['--format', 'table']);
    expect(lines).toEqual([expect.objectContaining({ line: 1, domain: 'cli-ok.test', exit: 0 })]);
  });
});
