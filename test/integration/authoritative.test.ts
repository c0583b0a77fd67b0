import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nodeDnsTransport } from '../../src/cli/dns-sockets.js';
import type { DnsTransport } from '../../src/dns/authoritative/transport.js';
import type { CheckReport } from '../../src/dns/check/types.js';
import { runCheck } from '../../src/dns/run-check.js';
import { expandService } from '../../src/services/expand.js';
import { startAuthoritativeServer, type AuthoritativeServer } from '../support/dns/authoritative-server.js';
import { freePort } from '../support/dns/free-port.js';

/*
 * The engine with --authoritative against real servers on loopback: the resolvers (unbound
 * behind dnsdist) serve test/fixtures/zones/authoritative.test.zone, the zone's own name server
 * (a second unbound, authoritative) the newer test/fixtures/authoritative/authoritative.test.zone.
 */
const dns = inject('dns');
const ONPREM = { ip: '192.0.2.10', dmarc: 'v=DMARC1; p=none' };
let server: AuthoritativeServer;

beforeAll(async () => {
  server = await startAuthoritativeServer();
});
afterAll(() => server?.stop());

/** The Node transport, recording which protocol each question went over, and to which port. */
function recordingTransport(): DnsTransport & { sent: { protocol: string; port: number }[] } {
  const sent: { protocol: string; port: number }[] = [];
  return {
    sent,
    exchange(message, address, protocol, signal) {
      sent.push({ protocol, port: address.port });
      return nodeDnsTransport.exchange(message, address, protocol, signal);
    },
  };
}

async function checkAuthoritative(addresses: Record<string, { ip: string; port: number }>, transport: DnsTransport = nodeDnsTransport): Promise<CheckReport> {
  const expanded = expandService('exchange-onprem', 'authoritative.test', ONPREM);
  if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
  return runCheck({
    set: expanded.set,
    resolvers: [dns.plainUrl],
    fetch,
    timeoutMs: 1500,
    expandSpf: false,
    authoritative: { transport, addresses: new Map(Object.entries(addresses)) },
  });
}

const statusOf = (report: CheckReport, type: string, name: string) => report.results.find((r) => r.type === type && r.name === name);

describe('check --authoritative against a loopback name server', () => {
  it('shows records the name servers already hold and the resolvers do not yet as pending, with the resolvers\' negative-cache time', async () => {
    const at = { ip: '127.0.0.1', port: server.port };
    const report = await checkAuthoritative({ 'ns1.authoritative.test': at, 'ns2.authoritative.test': at });
    expect(report.resolvers).toEqual([dns.plainUrl, 'ns:ns1.authoritative.test', 'ns:ns2.authoritative.test']);
    const dmarc = statusOf(report, 'TXT', '_dmarc.authoritative.test')!;
    expect(dmarc.status).toBe('pending');
    expect(dmarc.byResolver).toEqual({ [dns.plainUrl]: [], 'ns:ns1.authoritative.test': ['"v=DMARC1; p=none"'], 'ns:ns2.authoritative.test': ['"v=DMARC1; p=none"'] });
    // The resolver's SOA minimum is 300 s; unbound counts it down from when it cached the SOA.
    expect(dmarc.retryAfterSeconds).toBeGreaterThan(0);
    expect(dmarc.retryAfterSeconds).toBeLessThanOrEqual(300);
    expect(statusOf(report, 'SRV', '_autodiscover._tcp.authoritative.test')?.status).toBe('pending');
    expect(statusOf(report, 'MX', 'authoritative.test')?.status).toBe('ok');
    expect(statusOf(report, 'A', 'mail.authoritative.test')?.status).toBe('ok');
  });

  it('asks again over TCP when the UDP answer is truncated, and reads the whole RRset', async () => {
    const transport = recordingTransport();
    const at = { ip: '127.0.0.1', port: server.port };
    const report = await checkAuthoritative({ 'ns1.authoritative.test': at, 'ns2.authoritative.test': at }, transport);
    const apexTxt = statusOf(report, 'TXT', 'authoritative.test')!;
    // The SPF record plus twelve 200-byte verification records: about 2.6 kB, more than the 1232-byte EDNS buffer.
    expect(apexTxt.byResolver['ns:ns1.authoritative.test']).toHaveLength(13);
    expect(apexTxt.status).toBe('ok');
    expect(transport.sent.filter(({ protocol }) => protocol === 'tcp')).toHaveLength(2);
    expect(transport.sent.filter(({ protocol }) => protocol === 'udp').length).toBeGreaterThan(2);
  });

  it('a name server that does not answer is an error in its own column; the rows stand on the others', async () => {
    const down = { ip: '127.0.0.1', port: await freePort({ udpToo: true }) };
    const transport = recordingTransport();
    const report = await checkAuthoritative({ 'ns1.authoritative.test': { ip: '127.0.0.1', port: server.port }, 'ns2.authoritative.test': down }, transport);
    const dmarc = statusOf(report, 'TXT', '_dmarc.authoritative.test')!;
    expect(dmarc.status).toBe('pending');
    expect(dmarc.byResolver['ns:ns2.authoritative.test']).toEqual({ error: expect.stringMatching(/timed out after 1500 ms|could not be reached/) });
    expect(dmarc.errorTexts?.['ns:ns2.authoritative.test']?.fr).toBeTruthy();
    // Each question went to that server once, over UDP, as to the one that answers: no retry, no
    // TCP, nothing asked again after its failure (counted, not timed).
    const sentTo = (port: number, protocol: string) => transport.sent.filter((sent) => sent.port === port && sent.protocol === protocol).length;
    expect(sentTo(down.port, 'udp')).toBe(sentTo(server.port, 'udp'));
    expect(sentTo(down.port, 'tcp')).toBe(0);
  });

  it('a server that answers for another zone (an NXDOMAIN under the parent\'s SOA) never counts as an answer', async () => {
    // This name server does not serve cli-ok.test: unbound answers from its built-in empty `test.` zone, AA set.
    const elsewhere = { ip: '127.0.0.1', port: server.port };
    const expanded = expandService('exchange-onprem', 'cli-ok.test', ONPREM);
    if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
    const report = await runCheck({
      set: expanded.set, resolvers: [dns.plainUrl], fetch, timeoutMs: 1500, expandSpf: false,
      authoritative: { transport: nodeDnsTransport, addresses: new Map([['ns1.cli-ok.test', elsewhere], ['ns2.cli-ok.test', elsewhere]]) },
    });
    expect(report.results.map((row) => row.status)).toEqual(Array(report.results.length).fill('ok'));
    expect(report.results[0]!.byResolver['ns:ns1.cli-ok.test']).toEqual({ error: expect.stringContaining('did not answer as a name server of cli-ok.test') });
  });
});
