import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLEET_DMARC, fleetDomains, writeFleetZones } from '../test/support/dns/fleet-zones.js';
import { startLoopbackDns } from '../test/support/dns/loopback-dns.js';
import { mailauthFleet } from './mailauth-fleet.js';
import { buildMailauthScript } from './mailauth-script.js';

/*
 * The fleet bench (issue 14): 1,000 MX Plan domains served by a loopback unbound behind dnsdist
 * (test/support/dns/fleet-zones.ts: 5 MX, SPF including mx.ovh.com, which includes two more
 * policies, DMARC), checked three ways side by side in one run, one resolver for all:
 *   - `check --domains FILE` (one process, one shared answer cache, --concurrency 16);
 *   - one `check <domain>` process per domain, in a sequential loop (what an agent scripts today):
 *     a sample of SAMPLE processes is measured, and the time for 1,000 extrapolated from it;
 *   - mailauth (npm) fetching and evaluating each domain's SPF (for a sender IP that only the last
 *     include allows) and DMARC, 16 domains at a time, through the same DoH endpoint, as a script
 *     an agent runs: one process for the fleet, like `check --domains` (bench/mailauth-fleet-main.ts).
 * `check --domains` and the mailauth script take turns, ROUNDS times: the load of a shared machine
 * changes within a minute, so each round's ratio compares two runs made one after the other, and
 * the median round is printed. CPU time (user + system) is printed beside wall time: it is what
 * each side costs, whatever else the machine runs (both include their start-up). For reference,
 * mailauth is also timed inside this process once warm (its code compiled and its connections
 * open from a first run): a long-lived service calling it, which a fleet check is not.
 * Then `check --domains` on 100, 1,000 and 10,000 domains: how the time grows.
 * Printed, never asserted (these machines are shared and noisy).
 */

const FLEET = 1_000;
const ROUNDS = 3;
const SAMPLE = 10;
const SCALES = [100, 1_000, 10_000] as const;
const CONCURRENCY = 16;
const CLI = 'dist/cli.js';

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

/** One Node process (the CLI, or the mailauth script): its wall time, CPU time, exit code and output. */
async function runNode(script: string, args: readonly string[]): Promise<Run> {
  const cpuBefore = await endedChildrenCpuMs();
  const started = performance.now();
  const run = await new Promise<Omit<Run, 'cpuMs'>>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', LANG: 'C' }, stdio: ['ignore', 'pipe', 'ignore'] });
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

interface CountedRun extends Run {
  ok: number;
}

/** mailauth inside this process (the loopback servers are processes of their own): wall and CPU time. */
async function runMailauthInProcess(resolverUrl: string): Promise<CountedRun> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const ok = await mailauthFleet(fleetDomains(FLEET), resolverUrl, CONCURRENCY);
  const cpu = process.cpuUsage(cpuBefore);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, code: 0, stdout: '', ok };
}

export async function benchFleet(): Promise<string[]> {
  const directory = await mkdtemp(join(tmpdir(), 'dsa-fleet-bench-'));
  await writeFleetZones(directory, Math.max(...SCALES));
  const dns = await startLoopbackDns({ zonesDirectory: directory });
  try {
    const resolver = dns.info.plainUrl;
    const setup = ['--service', 'ovh-mx-plan', '--var', `dmarc=${FLEET_DMARC}`, '--resolver', resolver];
    const domainsFile = async (count: number) => {
      const file = join(directory, `domains-${count}.txt`);
      await writeFile(file, fleetDomains(count).join('\n') + '\n');
      return file;
    };
    const fleetRun = async (count: number): Promise<CountedRun> => {
      const run = await runNode(CLI, ['check', '--domains', await domainsFile(count), ...setup, '--concurrency', String(CONCURRENCY)]);
      return { ...run, ok: run.stdout.split('\n').filter((line) => line.endsWith('"exit":0}')).length };
    };
    const mailauthScript = await buildMailauthScript();
    const mailauthRun = async (count = FLEET): Promise<CountedRun> => {
      const run = await runNode(mailauthScript, [resolver, await domainsFile(count), String(CONCURRENCY)]);
      return { ...run, ok: Number(run.stdout.trim()) };
    };

    const rounds: { fleet: CountedRun; mailauth: CountedRun }[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push({ fleet: await fleetRun(FLEET), mailauth: await mailauthRun() });
    const fleetMs = median(rounds.map((round) => round.fleet.ms));
    const wallRatio = median(rounds.map((round) => round.mailauth.ms / round.fleet.ms));
    const cpuRatio = median(rounds.map((round) => round.mailauth.cpuMs / round.fleet.cpuMs));
    // The reference: a first run in this process compiles mailauth and opens its connections, the second is timed.
    await runMailauthInProcess(resolver);
    const warm = { mailauth: await runMailauthInProcess(resolver), fleet: await fleetRun(FLEET) };

    const sample = fleetDomains(SAMPLE);
    let sampleMs = 0;
    let sampleOk = 0;
    for (const domain of sample) {
      const run = await runNode(CLI, ['check', domain, ...setup, '--format', 'json']);
      sampleMs += run.ms;
      if (run.code === 0) sampleOk++;
    }
    const perProcessMs = (sampleMs / SAMPLE) * FLEET;

    const scaled: (CountedRun & { count: number })[] = [];
    for (const count of SCALES) scaled.push(count === FLEET ? { count, ...rounds[0]!.fleet } : { count, ...(await fleetRun(count)) });
    // The largest fleet once more by the mailauth script: start-up and warm-up weigh less there.
    const largest = scaled.at(-1)!;
    const largestMailauth = await mailauthRun(largest.count);

    const cpu = (ms: number) => `${(ms / 1000).toFixed(1)} s CPU`;
    const row = (label: string, run: CountedRun, what: string) => `${label.padEnd(44)}${seconds(run.ms)}  ${perSecond(FLEET, run.ms)} domains/s  ${cpu(run.cpuMs)}  (${run.ok}/${FLEET} ${what})`;
    const lines = [
      `fleet check, ${FLEET} MX Plan domains on loopback DoH (one resolver; ${CONCURRENCY} at a time where concurrent), ${ROUNDS} rounds taking turns, one process each:`,
      ...rounds.flatMap(({ fleet, mailauth }, index) => [
        row(`  round ${index + 1}: check --domains`, fleet, 'exit 0'),
        row(`           mailauth script (SPF + DMARC)`, mailauth, 'pass'),
      ]),
      `  (mailauth reads SPF and DMARC only, no MX or NS, no cache; both times include the process's start-up)`,
      `  one process per domain (loop)     ${seconds(perProcessMs)}  ${perSecond(FLEET, perProcessMs)} domains/s  extrapolated from ${SAMPLE} processes measured (${seconds(sampleMs).trim()}, ${sampleOk}/${SAMPLE} exit 0)`,
      `  ratio per-process loop / --domains (median round)  ${(perProcessMs / fleetMs).toFixed(1)}x   target >= 5x ${perProcessMs / fleetMs >= 5 ? 'MET' : 'NOT MET'}`,
      `  ratio mailauth script / --domains, wall time (median round)  ${wallRatio.toFixed(2)}x   target > 1x (ahead of mailauth) ${wallRatio > 1 ? 'MET' : 'NOT MET'}`,
      `  ratio mailauth script / --domains, CPU time (median round)   ${cpuRatio.toFixed(2)}x`,
      `reference: mailauth warm inside a long-lived process (its second run there), then check --domains:`,
      row('  mailauth, warm, in process', warm.mailauth, 'pass'),
      row('  check --domains, one process', warm.fleet, 'exit 0'),
      `  ratio warm mailauth / --domains: wall ${(warm.mailauth.ms / warm.fleet.ms).toFixed(2)}x, CPU ${(warm.mailauth.cpuMs / warm.fleet.cpuMs).toFixed(2)}x`,
      `  load average (1 min) at the end: ${(await readFile('/proc/loadavg', 'utf8')).split(' ')[0]}`,
      `check --domains as the fleet grows (one process each, start-up included):`,
      ...scaled.map(({ count, ms, ok }) => `  ${String(count).padStart(6)} domains  ${seconds(ms)}  ${(ms / count).toFixed(2).padStart(6)} ms/domain  (${ok}/${count} exit 0)`),
      ...scaled.slice(1).map((run, index) => {
        const before = scaled[index]!;
        return `  time ${before.count} → ${run.count}: ${(run.ms / before.ms).toFixed(1)}x for ${run.count / before.count}x the domains (linear: ${run.count / before.count}x)`;
      }),
      `  mailauth script on ${largest.count} domains: ${seconds(largestMailauth.ms).trim()}, ${cpu(largestMailauth.cpuMs)} (${largestMailauth.ok}/${largest.count} pass); ratio mailauth / --domains: wall ${(largestMailauth.ms / largest.ms).toFixed(2)}x, CPU ${(largestMailauth.cpuMs / largest.cpuMs).toFixed(2)}x`,
    ];
    return lines;
  } finally {
    await dns.stop();
    await rm(directory, { recursive: true, force: true });
  }
}
