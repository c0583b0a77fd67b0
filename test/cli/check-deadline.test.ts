import { describe, expect, inject, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { faultUrl } from '../support/dns/urls.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `check` cuts a hanging resolver by its timeout or by --deadline, whichever comes first, and
 * reads the zone through the resolver that answers meanwhile: the fault proxy's hanging resolver
 * beside the real loopback one, with an 8-level SPF include chain (spf-chain.test), and alone on
 * a Hosted Exchange setup. The proxy never answers, so each row's error says which timer ended
 * its query; that the whole check returns at --deadline to the millisecond is asserted on a fake
 * clock (check-in-process.test.ts), where the machine's load plays no part.
 */

const dns = inject('dns');
const HANGING = faultUrl(dns, 'hang');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=203.0.113.30'];
const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];
const GAVE_UP = 'not asked again: it timed out earlier in this check';

interface Row {
  type: string;
  status: string;
  message: string;
  byResolver: Record<string, string[] | { error: string }>;
}

async function check(args: string[]): Promise<{ code: number; rows: Row[] }> {
  let stdout = '';
  const io: CliIo = { env: { LANG: 'C' }, stdout: (text) => (stdout += text), stderr: () => undefined, stderrIsTty: false, fetch };
  const code = await runCli(['check', ...args, '--format', 'json'], io);
  return { code, rows: (JSON.parse(stdout) as { results: Row[] }).results };
}

/** Every row's outcome for the hanging resolver: the timer that ended it, or "not asked again". */
const hangingErrors = (rows: Row[]) => new Set(rows.map((row) => (row.byResolver[HANGING] as { error: string }).error));

describe('check --deadline (default 5000 ms, --timeout 4000 ms)', () => {
  it('follows an 8-level include chain while one resolver of two hangs', async () => {
    // A 1 s timeout leaves the chain 4 s of the default deadline, however busy the machine.
    const { code, rows } = await check(['spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl, '--timeout', '1000']);
    // The chain was read to its end through the resolver that answers: the SPF row is verified.
    expect(rows.map((r) => `${r.status} ${r.type}`)).toEqual(['ok MX', 'ok TXT', 'ok SRV', 'ok A']);
    expect(code).toBe(0);
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: 'timed out after 1000 ms' });
  });

  it('ends every query to a lone hanging resolver by its timeout, every row "not checked" (Hosted Exchange)', async () => {
    const { code, rows } = await check(['hosted-ok.test', ...HOSTED, '--resolver', HANGING]);
    expect(code).toBe(3);
    expect(rows.every((r) => r.status === 'error')).toBe(true);
    const errors = hangingErrors(rows);
    expect(errors.has('timed out after 4000 ms')).toBe(true);
    expect([...errors].filter((error) => error !== 'timed out after 4000 ms' && error !== GAVE_UP)).toEqual([]);
  });

  it('cuts the queries at the deadline when it comes before the timeout', async () => {
    const { code, rows } = await check(['spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl, '--deadline', '1000']);
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: "no answer within the check's deadline of 1000 ms" });
    // No time was left to follow the includes: the SPF record is in place but not verified.
    expect(rows.find((r) => r.type === 'TXT')!.status).toBe('error');
    expect(code).toBe(3);
  });

  it('holds through the built CLI as well', async () => {
    // The built CLI takes --deadline and cuts the hanging resolver with it.
    const run = await runBuiltCli(['check', 'spf-chain.test', ...ONPREM, '--resolver', HANGING, '--resolver', dns.plainUrl, '--deadline', '1500', '--format', 'json']);
    expect(run.code).toBe(3);
    const rows = (JSON.parse(run.stdout) as { results: Row[] }).results;
    expect(rows[0]!.byResolver[HANGING]).toEqual({ error: "no answer within the check's deadline of 1500 ms" });
  });
});
