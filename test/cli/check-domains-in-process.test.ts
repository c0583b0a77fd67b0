import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeDohFetch, type FakeReply } from '../support/fake-doh-fetch.js';
import { settlesAt } from '../support/fake-clock.js';

/*
 * `check --domains` in-process on a counting fake DoH transport: what crosses domains (one
 * request per question and resolver for the whole run), how many checks run at once, each
 * domain's own deadline, standard input and the progress line. The same command through the
 * built CLI against the real loopback servers is in check-domains-loopback.test.ts.
 */

const RESOLVERS = ['https://one.test/dns-query', 'https://two.test/dns-query'];
const resolverArgs = RESOLVERS.flatMap((url) => ['--resolver', url]);
const SOA: Answer = { type: 'SOA', name: 'test', ttl: 300, data: { mname: 'ns.test', rname: 'h.test', minimum: 300 } };
const txt = (name: string, text: string): Answer => ({ type: 'TXT', name, ttl: 600, data: [text] });

/** Every domain's SPF includes mx.ovh.com, which pulls in two more policies: what all checks share. */
const SHARED: Record<string, Answer[]> = {
  'TXT mx.ovh.com': [txt('mx.ovh.com', 'v=spf1 include:spf-a.ovh.example include:spf-b.ovh.example ~all')],
  'TXT spf-a.ovh.example': [txt('spf-a.ovh.example', 'v=spf1 ip4:198.51.100.0/24 ~all')],
  'TXT spf-b.ovh.example': [txt('spf-b.ovh.example', 'v=spf1 ip4:203.0.113.0/24 ~all')],
};

function fleetZone(question: { name: string; type: string }): FakeReply {
  const shared = SHARED[`${question.type} ${question.name}`];
  if (shared) return { answers: shared };
  if (question.type === 'TXT' && /^d\d+\.example$/.test(question.name)) return { answers: [txt(question.name, 'v=spf1 include:mx.ovh.com ~all')] };
  return { answers: [], authorities: [SOA] };
}

const domains = (count: number) => Array.from({ length: count }, (_, i) => `d${i + 1}.example`);

function domainsFile(lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dsa-fleet-')), 'domains.txt');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function io(fetch: typeof globalThis.fetch, options: { stderrIsTty?: boolean; stdin?: AsyncIterable<Uint8Array> } = {}) {
  const out = { stdout: '', stderr: '' };
  const cliIo: CliIo = {
    env: { LANG: 'C' },
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    stderrIsTty: options.stderrIsTty ?? false,
    fetch,
    ...(options.stdin && { stdin: options.stdin }),
  };
  const objects = () => out.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; domain?: string; exit: number });
  return { cliIo, out, objects };
}

const delayed = (reply: (question: { name: string; type: string }) => FakeReply) => async (question: { name: string; type: string }) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return reply(question);
};

describe('check --domains (in-process, counting DoH transport)', () => {
  it('asks each (name, type) once per resolver across all domains: one mx.ovh.com expansion for the fleet', async () => {
    const fake = fakeDohFetch(delayed(fleetZone));
    const { cliIo, objects } = io(fake.fetch);
    const code = await runCli(['check', '--domains', domainsFile(domains(24)), '--service', 'ovh-mx-plan', ...resolverArgs, '--concurrency', '6'], cliIo);

    expect(code).toBe(1); // no MX anywhere
    expect(objects().map((o) => o.domain).sort()).toEqual(domains(24).sort());
    const repeated = fake.calls.filter((call, index) => fake.calls.indexOf(call) !== index);
    expect(repeated).toEqual([]);
    for (const url of RESOLVERS) {
      for (const name of ['mx.ovh.com', 'spf-a.ovh.example', 'spf-b.ovh.example']) expect(fake.calls.filter((c) => c === `${url} TXT ${name}`)).toHaveLength(1);
    }
  });

  it('runs at most --concurrency checks at once, and more than one', async () => {
    const inFlight = new Map<string, number>();
    let peak = 0;
    const fake = fakeDohFetch(async (question) => {
      const domain = /d\d+\.example$/.exec(question.name)?.[0];
      if (domain) inFlight.set(domain, (inFlight.get(domain) ?? 0) + 1);
      peak = Math.max(peak, inFlight.size);
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (domain && inFlight.set(domain, inFlight.get(domain)! - 1).get(domain) === 0) inFlight.delete(domain);
      return fleetZone(question);
    });
    const { cliIo, objects } = io(fake.fetch);
    await runCli(['check', '--domains', domainsFile(domains(12)), '--service', 'ovh-mx-plan', '--resolver', RESOLVERS[0]!, '--concurrency', '3'], cliIo);
    expect(objects()).toHaveLength(12);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  it('gives each domain its own --deadline: a hanging resolver costs each check its deadline, not the run', async () => {
    const fake = fakeDohFetch(() => 'hang-ignoring-abort');
    // The list comes from memory (standard input): a file read would end on its own time, not the fake clock's.
    async function* stdin() {
      yield new TextEncoder().encode(domains(4).join('\n') + '\n');
    }
    const { cliIo, objects } = io(fake.fetch, { stdin: stdin() });
    // Two rounds of two checks, each bounded by its own 200 ms: the run ends at 400 ms, not at 200 nor later.
    const code = await settlesAt(2 * 200, () => runCli(['check', '--domains', '-', '--service', 'ovh-mx-plan', '--resolver', RESOLVERS[0]!, '--deadline', '200', '--concurrency', '2'], cliIo));
    expect(code).toBe(3);
    expect(objects().map((o) => o.exit)).toEqual([3, 3, 3, 3]);
  });

  it('reads standard input for --domains -', async () => {
    const fake = fakeDohFetch(fleetZone);
    async function* stdin() {
      yield new TextEncoder().encode('d1.example ovh-mx-plan\n# comment\nd2.exa');
      yield new TextEncoder().encode('mple ovh-mx-plan\n');
    }
    const { cliIo, objects } = io(fake.fetch, { stdin: stdin() });
    await runCli(['check', '--domains', '-', '--resolver', RESOLVERS[0]!], cliIo);
    expect(objects().map((o) => `${o.line} ${o.domain}`).sort()).toEqual(['1 d1.example', '3 d2.example']);
  });

  it('draws a progress line on a terminal and erases it before each result line, writes none otherwise', async () => {
    const fake = fakeDohFetch(fleetZone);
    const file = domainsFile(domains(3));
    const tty = io(fake.fetch, { stderrIsTty: true });
    await runCli(['check', '--domains', file, '--service', 'ovh-mx-plan', '--resolver', RESOLVERS[0]!], tty.cliIo);
    expect(tty.out.stderr).toContain('Checking setups… 3 done, 3 need attention, 0 running');
    expect(tty.out.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const piped = io(fake.fetch);
    await runCli(['check', '--domains', file, '--service', 'ovh-mx-plan', '--resolver', RESOLVERS[0]!], piped.cliIo);
    expect(piped.out.stderr).toBe('');
  });
});
