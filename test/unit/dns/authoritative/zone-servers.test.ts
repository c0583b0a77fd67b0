import { describe, expect, it } from 'vitest';
import { askZoneServers, withZoneServers } from '../../../../src/dns/authoritative/zone-servers.js';
import type { DnsTransport, ServerAddress } from '../../../../src/dns/authoritative/transport.js';
import type { Observation, Question } from '../../../../src/dns/types.js';

/** Resolvers that know ns1's address only. */
const ask = async (question: Question): Promise<Observation> => ({
  ...question,
  byResolver: {
    'https://r.test/dns-query': {
      ok: true,
      answer: { rcode: 'NOERROR', ad: false, nameservers: [], records: question.name === 'ns1.zone.test' && question.type === 'A' ? [{ type: 'A', name: 'ns1.zone.test', ttl: 60, value: '198.51.100.1' }] : [] },
    },
  },
});

/** A transport that records where it was sent and never answers (the deadline ends it). */
function silentTransport(): DnsTransport & { to: ServerAddress[] } {
  const to: ServerAddress[] = [];
  return {
    to,
    exchange: (_message, server, _protocol, signal) => {
      to.push(server);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    },
  };
}

describe('askZoneServers', () => {
  it('finds each server at its given address, else at its A record; a server without one says how to give it', async () => {
    const transport = silentTransport();
    const result = await askZoneServers({
      zone: 'zone.test',
      nameservers: ['ns1.zone.test', 'ns2.zone.test', 'ns3.zone.test'],
      questions: [{ name: 'zone.test', type: 'MX' }, { name: '_dmarc.zone.test', type: 'TXT' }],
      access: { transport, addresses: new Map([['ns3.zone.test', { ip: '127.0.0.1', port: 5353 }]]) },
      ask,
      timeoutMs: 50,
      deadline: { ms: 5000, at: Date.now() + 5000 },
    });
    // Both questions at once, to each server with an address.
    expect(new Set(transport.to.map((to) => `${to.ip}:${to.port}`))).toEqual(new Set(['198.51.100.1:53', '127.0.0.1:5353']));
    expect(transport.to).toHaveLength(4);
    const mx = result.get('MX zone.test')!;
    expect(Object.keys(mx)).toEqual(['ns:ns1.zone.test', 'ns:ns2.zone.test', 'ns:ns3.zone.test']);
    expect(mx['ns:ns2.zone.test']).toMatchObject({ ok: false, error: expect.stringContaining('--ns-address ns2.zone.test=IP') });
    expect(mx['ns:ns1.zone.test']).toMatchObject({ ok: false, error: 'timed out after 50 ms' });
  });

  it('sends nothing once the deadline has passed', async () => {
    const transport = silentTransport();
    const result = await askZoneServers({
      zone: 'zone.test', nameservers: ['ns3.zone.test'], questions: [{ name: 'zone.test', type: 'MX' }],
      access: { transport, addresses: new Map([['ns3.zone.test', { ip: '127.0.0.1', port: 5353 }]]) },
      ask, timeoutMs: 50, deadline: { ms: 1000, at: Date.now() - 1 },
    });
    expect(transport.to).toEqual([]);
    expect(result.get('MX zone.test')!['ns:ns3.zone.test']).toMatchObject({ ok: false, error: "no answer within the check's deadline of 1000 ms" });
  });

  it('puts the servers beside the resolvers of the same question only', () => {
    const observations: Observation[] = [{ name: 'Zone.test.', type: 'MX', byResolver: {} }, { name: 'zone.test', type: 'TXT', byResolver: {} }];
    const servers = new Map([['MX zone.test', { 'ns:a': { ok: false as const, error: 'x', errorText: { en: 'x', fr: 'x' } } }]]);
    const merged = withZoneServers(observations, servers);
    expect(Object.keys(merged[0]!.byResolver)).toEqual(['ns:a']);
    expect(merged[1]!.byResolver).toEqual({});
  });
});
