import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAuthoritativeServer, type AuthoritativeServer } from '../support/dns/authoritative-server.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `check --authoritative` through the built CLI: the resolvers serve the older
 * test/fixtures/zones/authoritative.test.zone, the zone's own name server (loopback unbound,
 * authoritative) the newer test/fixtures/authoritative/authoritative.test.zone.
 */
const dns = inject('dns');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=192.0.2.10', '--var', 'dmarc=v=DMARC1; p=none'];
let server: AuthoritativeServer;

beforeAll(async () => {
  server = await startAuthoritativeServer();
});
afterAll(() => server?.stop());

const nsAddresses = () => ['--ns-address', `ns1.authoritative.test=127.0.0.1:${server.port}`, '--ns-address', `NS2.authoritative.test.=127.0.0.1:${server.port}`];

describe('check --authoritative', () => {
  it('exits 3 while the resolvers lag behind the name servers, with ns:<name> beside the resolvers', async () => {
    const run = await runBuiltCli(['check', 'authoritative.test', ...ONPREM, '--resolver', dns.plainUrl, '--authoritative', ...nsAddresses(), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    const json = JSON.parse(run.stdout) as { resolvers?: string[]; results: { name: string; type: string; status: string; byResolver: Record<string, unknown> }[] };
    const dmarc = json.results.find((row) => row.name === '_dmarc.authoritative.test')!;
    expect(dmarc.status).toBe('pending');
    expect(Object.keys(dmarc.byResolver)).toEqual([dns.plainUrl, 'ns:ns1.authoritative.test', 'ns:ns2.authoritative.test']);
  });

  it('the table names the name servers among those asked', async () => {
    const run = await runBuiltCli(['check', 'authoritative.test', ...ONPREM, '--resolver', dns.plainUrl, '--authoritative', ...nsAddresses()]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`${dns.plainUrl}, ns:ns1.authoritative.test, ns:ns2.authoritative.test`);
  });

  it('without --authoritative the same zone reads missing (exit 1): only the resolvers were asked', async () => {
    const run = await runBuiltCli(['check', 'authoritative.test', ...ONPREM, '--resolver', dns.plainUrl, '--format', 'json']);
    expect(run.code).toBe(1);
  });

  it.each([
    [['--ns-address', 'ns1.authoritative.test=127.0.0.1:53'], '--authoritative'],
    [['--authoritative', '--ns-address', 'ns1.authoritative.test'], 'NAME=IP[:PORT]'],
    [['--authoritative', '--ns-address', 'ns1.authoritative.test=999.1.1.1'], '999.1.1.1'],
    [['--authoritative=yes'], '--authoritative'],
  ])('%j is a usage error (exit 2, one line, nothing asked)', async (extra, named) => {
    const run = await runBuiltCli(['check', 'authoritative.test', ...ONPREM, '--resolver', dns.downUrl, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(run.stderr).toContain(named);
  });
});
