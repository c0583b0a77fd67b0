import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
 * Then `check --domains` on 100, 1,000 and 10,000 domains: how the time grows.
 * Printed, never asserted (these machines are shared and noisy).
 */

const FLEET = 1_000;
const SAMPLE = 10;
const SCALES = [100, 1_000, 10_000] as const;
const CONCURRENCY = 16;
const CLI = 'dist/cli.js';
/** Allowed by b.mx.ovh.com only: mailauth walks the whole include chain, as the check does. */
const SENDER_IP = '203.0.113.25';

interface Run {
  ms: number;
  code: number | null;
  stdout: string;
}

function runCli(args: readonly string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', LANG: 'C' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout }));
  });
}

const perSecond = (count: number, ms: number) => {
  const rate = count / (ms / 1000);
  return rate.toFixed(rate < 10 ? 1 : 0).padStart(6);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

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

    const fleet = await fleetRun(FLEET);

    const sample = fleetDomains(SAMPLE);
    let sampleMs = 0;
    let sampleOk = 0;
    for (const domain of sample) {
      const run = await runCli(['check', domain, ...setup, '--format', 'json']);
      sampleMs += run.ms;
      if (run.code === 0) sampleOk++;
    }
    const perProcessMs = (sampleMs / SAMPLE) * FLEET;

    const resolve = mailauthResolver(resolver);
    const queue = fleetDomains(FLEET);
    let mailauthOk = 0;
    const mailauthStarted = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let domain = queue.shift(); domain !== undefined; domain = queue.shift()) {
          const spfResult = await spf({ sender: `postmaster@${domain}`, ip: SENDER_IP, helo: domain, mta: 'bench.fleet.test', resolver: resolve });
          const dmarcResult = await dmarc({ headerFrom: domain, spfDomains: [domain], resolver: resolve });
          if (spfResult.status.result === 'pass' && dmarcResult && dmarcResult.status.result === 'pass') mailauthOk++;
        }
      }),
    );
    const mailauthMs = performance.now() - mailauthStarted;

    const scaled: (Run & { count: number; ok: number })[] = [];
    for (const count of SCALES) scaled.push(count === FLEET ? { count, ...fleet } : { count, ...(await fleetRun(count)) });

    const ratio = (slower: number) => `${(slower / fleet.ms).toFixed(1)}x`;
    const lines = [
      `fleet check, ${FLEET} MX Plan domains on loopback DoH (one resolver; ${CONCURRENCY} at a time where concurrent):`,
      `  check --domains, one process      ${seconds(fleet.ms)}  ${perSecond(FLEET, fleet.ms)} domains/s  (${fleet.ok}/${FLEET} exit 0)`,
      `  one process per domain (loop)     ${seconds(perProcessMs)}  ${perSecond(FLEET, perProcessMs)} domains/s  extrapolated from ${SAMPLE} processes measured (${seconds(sampleMs).trim()}, ${sampleOk}/${SAMPLE} exit 0)`,
      `  mailauth SPF + DMARC, in process  ${seconds(mailauthMs)}  ${perSecond(FLEET, mailauthMs)} domains/s  (${mailauthOk}/${FLEET} pass; reads SPF and DMARC only, no MX or NS, no cache)`,
      `  ratio per-process loop / --domains  ${ratio(perProcessMs)}   target >= 5x ${perProcessMs / fleet.ms >= 5 ? 'MET' : 'NOT MET'}`,
      `  ratio mailauth / --domains          ${ratio(mailauthMs)}   target > 1x (ahead of mailauth) ${mailauthMs > fleet.ms ? 'MET' : 'NOT MET'}`,
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
