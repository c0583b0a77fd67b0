import { describe, expect, inject, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { faultUrl } from '../support/dns/urls.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `check` returns within --deadline + 0.5 s whatever the resolvers do: the fault proxy's hanging
 * resolver beside the real loopback one, with an 8-level SPF include chain (spf-chain.test), and
 * alone on a Hosted Exchange setup. Timed in-process (no Node start-up in the measure), then
 * run through the built CLI.
 */

const dns = inject('dns');
const HANGING = faultUrl(dns, 'hang');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=203.0.113.30'];
const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];
const GRACE_MS = 500;

interface Row {
  type: string;
  status: string;
  message: string;
  byResolver: Record<string, string[] | { error: string }>;
}

async function timedCheck(args: string[]): Promise<{ code: number; elapsed: number; rows: Row[] }> {
  let stdout = '';
  const io: CliIo = { env: { LANG: 'C' }, stdout: (text) => (stdout += text), stderr: () => undefined, stderrIsTty: false, fetch };
  const started = performance.now();
  const code = await runCli(['check', ...args, '--format', 'json'], io);
  return { code, elapsed: performance.now() - started, rows: (JSON.parse(stdout) as { results: Row[] }).results };
}

describe('check --deadline (default 5000 ms, --timeout 4000 ms)', () => {
  it('follows an 8-level include chain in time while one resolver of two hangs', async () => {
    const { code, elapsed, rows } = await timedCheck(['spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl]);
    expect(elapsed).toBeLessThan(5000 + GRACE_MS);
    // The chain was read to its end through the resolver that answers: the SPF row is verified.
    expect(rows.map((r) => `${r.status} ${r.type}`)).toEqual(['ok MX', 'ok TXT', 'ok SRV', 'ok A']);
    expect(code).toBe(0);
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: 'timed out after 4000 ms' });
  });

  it('returns in time with every row "not checked" when the only resolver hangs (Hosted Exchange)', async () => {
    const { code, elapsed, rows } = await timedCheck(['hosted-ok.test', ...HOSTED, '--resolver', HANGING]);
    expect(elapsed).toBeLessThan(5000 + GRACE_MS);
    expect(code).toBe(3);
    expect(rows.every((r) => r.status === 'error')).toBe(true);
  });

  it('cuts the queries at the deadline when it comes before the timeout', async () => {
    const { code, elapsed, rows } = await timedCheck(['spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl, '--deadline', '1000']);
    expect(elapsed).toBeLessThan(1000 + GRACE_MS);
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: "no answer within the check's deadline of 1000 ms" });
    // No time was left to follow the includes: the SPF record is in place but not verified.
    expect(rows.find((r) => r.type === 'TXT')!.status).toBe('error');
    expect(code).toBe(3);
  });

  it('holds through the built CLI as well', async () => {
    // Node's start-up here varies by seconds with the machine's load, so the bound is asserted
    // in-process above; the built CLI shows it takes --deadline and cuts the hanging resolver with it.
    const run = await runBuiltCli(['check', 'spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl, '--deadline', '1500', '--format', 'json']);
    expect(run.code).toBe(3);
    const rows = (JSON.parse(run.stdout) as { results: Row[] }).results;
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: "no answer within the check's deadline of 1500 ms" });
  });
});
