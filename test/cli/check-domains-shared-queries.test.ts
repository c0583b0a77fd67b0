import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountingProxy, type CountingProxy } from '../support/dns/counting-proxy.js';
import { FLEET_DMARC, fleetDomains, SHARED_SPF_NAMES, writeFleetZones } from '../support/dns/fleet-zones.js';
import { startLoopbackDns, type RunningLoopbackDns } from '../support/dns/loopback-dns.js';
import { runBuiltCli, type CliRun } from './run-built-cli.js';

/*
 * One answer cache for the whole file, seen from the server's side: 50 MX Plan domains whose SPF
 * all include mx.ovh.com (which includes two more policies), checked by the built CLI through
 * two resolvers. A counting proxy in front of a loopback unbound of its own (serving the fleet
 * zones of test/support/dns/fleet-zones.ts) counts every question that reaches it, per resolver.
 * Hostile lines sit among the domains: the run reports them and goes on.
 */

const DOMAINS = 50;
const HOSTILE = `evil\u001b]52;c;aGk=\u0007.fleet.test`;

let dns: RunningLoopbackDns;
let proxy: CountingProxy;
let path: string;
let run: CliRun;
let byLine: Map<number, { line: number; exit: number; domain?: string; input?: string; error?: string }>;

beforeAll(async () => {
  const zones = await mkdtemp(join(tmpdir(), 'dsa-fleet-zones-'));
  await writeFleetZones(zones, DOMAINS);
  dns = await startLoopbackDns({ zonesDirectory: zones });
  proxy = await startCountingProxy(dns.info.plainUrl, ['one', 'two']);
  path = join(mkdtempSync(join(tmpdir(), 'dsa-fleet-shared-')), 'domains.txt');
  // Lines 1–50: the fleet; 51: a domain without the records; 52: control characters; 53: over the byte cap; 54: no such service.
  const lines = [...fleetDomains(DOMAINS), 'd9999.fleet.test', HOSTILE, `d1.fleet.test ovh-mx-plan note=${'x'.repeat(9000)}`, 'd2.fleet.test no-such-service'];
  writeFileSync(path, lines.join('\n') + '\n');
  const resolvers = proxy.urls.flatMap((url) => ['--resolver', url]);
  // Generous time so that a slow machine never cuts a request short: what is counted is sharing, not speed.
  run = await runBuiltCli(['check', '--domains', path, '--service', 'ovh-mx-plan', '--var', `dmarc=${FLEET_DMARC}`, ...resolvers, '--timeout', '20000', '--deadline', '60000']);
  byLine = new Map(run.stdout.trimEnd().split('\n').map((text) => JSON.parse(text)).map((object) => [object.line, object]));
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await dns?.stop();
});

describe('check --domains: one query cache for every domain of the file', () => {
  it('asks each shared name once per resolver, and no question twice of the same resolver', () => {
    const counts = proxy.counts();
    for (const resolver of ['one', 'two']) {
      for (const name of SHARED_SPF_NAMES) expect(counts.get(`${resolver} TXT ${name}`), `${resolver} TXT ${name}`).toBe(1);
    }
    const repeated = [...counts].filter(([, count]) => count > 1);
    expect(repeated).toEqual([]);
    // Each domain's own questions did reach both resolvers: sharing did not skip anything.
    expect(counts.get('one TXT d37.fleet.test')).toBe(1);
    expect(counts.get('two MX d37.fleet.test')).toBe(1);
  });

  it('gives each line its own exit and the run the worst (2)', () => {
    expect(run.code).toBe(2);
    expect(byLine.size).toBe(DOMAINS + 4);
    for (let line = 1; line <= DOMAINS; line++) expect(byLine.get(line), `line ${line}`).toMatchObject({ domain: `d${line}.fleet.test`, exit: 0 });
    expect(byLine.get(51)).toMatchObject({ domain: 'd9999.fleet.test', exit: 1 });
    expect(byLine.get(54)).toMatchObject({ exit: 2, input: 'd2.fleet.test no-such-service' });
  });

  it('refuses hostile lines with a sentence naming FILE:LINE on stderr, control characters escaped', () => {
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const complaints = run.stderr.trimEnd().split('\n');
    expect(complaints).toHaveLength(3);
    expect(complaints).toContainEqual(expect.stringMatching(new RegExp(`^${escape(path)}:52: This line holds a control or invisible character \\(\\\\027\\) at column 5: `)));
    expect(complaints).toContainEqual(expect.stringMatching(new RegExp(`^${escape(path)}:53: This line is longer than 8192 bytes: `)));
    expect(complaints).toContainEqual(expect.stringMatching(new RegExp(`^${escape(path)}:54: .*no-such-service`)));
    expect(byLine.get(52)).toMatchObject({ exit: 2, input: 'evil\\027]52;c;aGk=\\007.fleet.test' });
    expect(byLine.get(53)).toMatchObject({ exit: 2, error: expect.stringContaining('longer than 8192 bytes') });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
