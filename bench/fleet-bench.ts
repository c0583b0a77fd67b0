import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dmarc } from 'mailauth/lib/dmarc/index.js';
import { spf } from 'mailauth/lib/spf/index.js';
import { FLEET_DMARC, fleetDomains, writeFleetZones } from '../test/support/dns/fleet-zones.js';
import { startLoopbackDns } from '../test/support/dns/loopback-dns.js';
import { mailauthResolver } from './mailauth-resolver.js';

/*
 * The fleet bench (issue 14): 1,000 MX Plan domains served by a loopback unbound behind dnsdist
 * (test/support/dns/fleet-zones.ts: 5 MX, SPF including mx.ovh.com, which includes two more
 * policies, DMARC), checked three ways side by side in one run, one resolver for all:
 *   - `check --domains FILE` (one process, one shared answer cache, --concurrency 16);
 *   - one `check <domain>` process per domain, in a sequential loop (what an agent scripts today):
 *     a sample of SAMPLE processes is measured, and the time for 1,000 extrapolated from it;
 *   - mailauth (npm), in this process, fetching and evaluating each domain's SPF (for a sender IP
 *     that only the last include allows) and DMARC, 16 domains at a time, through the same DoH endpoint.
 * `check --domains` and mailauth take turns, ROUNDS times: the load of a shared machine changes
 * within a minute, so each round's ratio compares two runs made one after the other, and the
 * median round is printed. CPU time (user + system) is printed beside wall time: it is what
 * each side costs, whatever else the machine runs (the CLI's includes its start-up). Each CLI run
 * is a new process, while mailauth runs on in this one, its code compiled and its connections
 * open from the round before: round 1, both cold, is printed apart.
 * Then `check --domains` on 100, 1,000 and 10,000 domains: how the time grows.
 * Printed, never asserted (these machines are shared and noisy).
 */

const FLEET = 1_000;
const ROUNDS = 3;
const SAMPLE = 10;
const SCALES = [100, 1_000, 10_000] as const;
const CONCURRENCY = 16;
const CLI = 'dist/cli.js';
/** Allowed by b.mx.ovh.com only: mailauth walks the whole include chain, as the check does. */
const SENDER_IP = '203.0.113.25';

interface Run {
  ms: number;
  /** User + system CPU time of the run's process. */
  cpuMs: number;
  code: number | null;
  stdout: string;
}

/**
 * The user + system CPU time of this process's children that have ended (Linux: cutime and
 * cstime of /proc/self/stat, in clock ticks of 10 ms); the loopback servers run until the end, so
 * between two reads it is the CPU of the CLI process that ended between them.
 */
async function endedChildrenCpuMs(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  // Fields after the command name in parentheses (which may hold spaces): cutime and cstime are the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

async function runCli(args: readonly string[]): Promise<Run> {
  const cpuBefore = await endedChildrenCpuMs();
  const started = performance.now();
  const run = await new Promise<Omit<Run, 'cpuMs'>>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', LANG: 'C' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout }));
  });
  return { ...run, cpuMs: (await endedChildrenCpuMs()) - cpuBefore };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const perSecond = (count: number, ms: number) => {
  const rate = count / (ms / 1000);
  return rate.toFixed(rate < 10 ? 1 : 0).padStart(6);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

interface MailauthRun {
  ms: number;
  /** User + system CPU time of this process while it ran (the loopback servers are processes of their own). */
  cpuMs: number;
  ok: number;
}

/** What a script calling mailauth would do: each domain's SPF and DMARC, CONCURRENCY domains at a time. */
async function runMailauth(resolve: ReturnType<typeof mailauthResolver>): Promise<MailauthRun> {
  const queue = fleetDomains(FLEET);
  let ok = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let domain = queue.shift(); domain !== undefined; domain = queue.shift()) {
        const spfResult = await spf({ sender: `postmaster@${domain}`, ip: SENDER_IP, helo: domain, mta: 'bench.fleet.test', resolver: resolve });
        const dmarcResult = await dmarc({ headerFrom: domain, spfDomains: [domain], resolver: resolve });
        if (spfResult.status.result === 'pass' && dmarcResult && dmarcResult.status.result === 'pass') ok++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, ok };
}

export async function benchFleet(): Promise<string[]> {
  const directory = await mkdtemp(join(tmpdir(), 'dsa-fleet-bench-'));
  await writeFleetZones(directory, Math.max(...SCALES));
  const dns = await startLoopbackDns({ zonesDirectory: directory });
  try {
    const resolver = dns.info.plainUrl;
    const setup = ['--service', 'ovh-mx-plan', '--var', `dmarc=${FLEET_DMARC}`, '--resolver', resolver];
    const fleetRun = async (count: number) => {
      const file = join(directory, `domains-${count}.txt`);
      await writeFile(file, fleetDomains(count).join('\n') + '\n');
      const run = await runCli(['check', '--domains', file, ...setup, '--concurrency', String(CONCURRENCY)]);
      const ok = run.stdout.split('\n').filter((line) => line.endsWith('"exit":0}')).length;
      return { ...run, ok };
    };

    const resolve = mailauthResolver(resolver);
    const rounds: { fleet: Run & { ok: number }; mailauth: MailauthRun }[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push({ fleet: await fleetRun(FLEET), mailauth: await runMailauth(resolve) });
    const fleetMs = median(rounds.map((round) => round.fleet.ms));
    const wallRatio = median(rounds.map((round) => round.mailauth.ms / round.fleet.ms));
    const cpuRatio = median(rounds.map((round) => round.mailauth.cpuMs / round.fleet.cpuMs));
    const cold = rounds[0]!;

    const sample = fleetDomains(SAMPLE);
    let sampleMs = 0;
    let sampleOk = 0;
    for (const domain of sample) {
      const run = await runCli(['check', domain, ...setup, '--format', 'json']);
      sampleMs += run.ms;
      if (run.code === 0) sampleOk++;
    }
    const perProcessMs = (sampleMs / SAMPLE) * FLEET;

    const scaled: (Run & { count: number; ok: number })[] = [];
    for (const count of SCALES) scaled.push(count === FLEET ? { count, ...rounds[0]!.fleet } : { count, ...(await fleetRun(count)) });

    const cpu = (ms: number) => `${(ms / 1000).toFixed(1)} s CPU`;
    const lines = [
      `fleet check, ${FLEET} MX Plan domains on loopback DoH (one resolver; ${CONCURRENCY} at a time where concurrent), ${ROUNDS} rounds taking turns:`,
      ...rounds.flatMap(({ fleet, mailauth }, index) => [
        `  round ${index + 1}: check --domains, one process      ${seconds(fleet.ms)}  ${perSecond(FLEET, fleet.ms)} domains/s  ${cpu(fleet.cpuMs)}  (${fleet.ok}/${FLEET} exit 0)`,
        `           mailauth SPF + DMARC, in process  ${seconds(mailauth.ms)}  ${perSecond(FLEET, mailauth.ms)} domains/s  ${cpu(mailauth.cpuMs)}  (${mailauth.ok}/${FLEET} pass)`,
      ]),
      `  (mailauth reads SPF and DMARC only, no MX or NS, no cache; the CLI's CPU includes its start-up)`,
      `  one process per domain (loop)     ${seconds(perProcessMs)}  ${perSecond(FLEET, perProcessMs)} domains/s  extrapolated from ${SAMPLE} processes measured (${seconds(sampleMs).trim()}, ${sampleOk}/${SAMPLE} exit 0)`,
      `  ratio per-process loop / --domains (median round)  ${(perProcessMs / fleetMs).toFixed(1)}x   target >= 5x ${perProcessMs / fleetMs >= 5 ? 'MET' : 'NOT MET'}`,
      `  ratio mailauth / --domains, wall time (median round)  ${wallRatio.toFixed(2)}x   target > 1x (ahead of mailauth) ${wallRatio > 1 ? 'MET' : 'NOT MET'}`,
      `  ratio mailauth / --domains, CPU time (median round)   ${cpuRatio.toFixed(2)}x`,
      `  ratio mailauth / --domains in round 1, both cold: wall ${(cold.mailauth.ms / cold.fleet.ms).toFixed(2)}x, CPU ${(cold.mailauth.cpuMs / cold.fleet.cpuMs).toFixed(2)}x`,
      `  load average (1 min) at the end: ${(await readFile('/proc/loadavg', 'utf8')).split(' ')[0]}`,
      `check --domains as the fleet grows (one process each, start-up included):`,
      ...scaled.map(({ count, ms, ok }) => `  ${String(count).padStart(6)} domains  ${seconds(ms)}  ${(ms / count).toFixed(2).padStart(6)} ms/domain  (${ok}/${count} exit 0)`),
      ...scaled.slice(1).map((run, index) => {
        const before = scaled[index]!;
        return `  time ${before.count} → ${run.count}: ${(run.ms / before.ms).toFixed(1)}x for ${run.count / before.count}x the domains (linear: ${run.count / before.count}x)`;
      }),
    ];
    return lines;
  } finally {
    await dns.stop();
    await rm(directory, { recursive: true, force: true });
  }
}
