import { describe, expect, inject, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.js';

/*
 * Issue 11's SPF rows through the built CLI against the real loopback DoH server (unbound behind
 * dnsdist), zones test/fixtures/zones/spf-*.test.zone: exchange-onprem at 192.0.2.10 with every
 * record in place except what the SPF policy pulls in.
 */

const dns = inject('dns');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=192.0.2.10'];

interface Row {
  type: string;
  status: string;
  message: string;
}

async function check(domain: string) {
  const run = await runBuiltCli(['check', domain, ...ONPREM, '--resolver', dns.plainUrl, '--format', 'json']);
  const rows = (JSON.parse(run.stdout) as { results: Row[] }).results;
  return { code: run.code, spf: rows.find((r) => r.type === 'TXT')!, others: rows.filter((r) => r.type !== 'TXT').map((r) => r.status) };
}

describe('check: the SPF policy as receivers evaluate it', () => {
  it('exits 1 on an include loop, the row naming the include', async () => {
    const { code, spf, others } = await check('spf-loop.test');
    expect(others).toEqual(['ok', 'ok', 'ok']);
    expect(spf.status).toBe('mismatch');
    expect(spf.message).toMatch(
      /^In the SPF record of _spf\.spf-loop\.test, which "include:_spf\.spf-loop\.test" pulls in: "include:spf-loop\.test" loops back \(spf-loop\.test → _spf\.spf-loop\.test → spf-loop\.test\) and receivers reject such a policy \(permerror\)/,
    );
    expect(code).toBe(1);
  });

  it('exits 1 when the lookups counted are over 10 though an include could not be read', async () => {
    const { code, spf, others } = await check('spf-over.test');
    expect(others).toEqual(['ok', 'ok', 'ok']);
    expect(spf.status).toBe('mismatch');
    expect(spf.message).toMatch(/^"include:big\.spf-over\.test" makes the record exceed 10 DNS lookups \(at least 16\): receivers reject it/);
    expect(spf.message).toContain('Could not read the SPF record of down.spf-over.test (SERVFAIL');
    expect(code).toBe(1);
  });

  it('exits 3 when an include could not be read and the lookups counted stay within 10', async () => {
    const { code, spf, others } = await check('spf-unread.test');
    expect(others).toEqual(['ok', 'ok', 'ok']);
    expect(spf.status).toBe('error');
    expect(spf.message).toMatch(/^Could not verify this SPF record completely: the 3 DNS lookups counted so far are within the limit of 10/);
    expect(code).toBe(3);
  });
});
