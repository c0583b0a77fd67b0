import { describe, expect, it } from 'vitest';
import type { Answer } from 'dns-packet';
import { createResolver } from '../../../../src/dns/resolver/resolver.js';
import { fakeDohFetch } from '../../../support/fake-doh-fetch.js';
import type { FakeReply } from '../../../support/fake-doh-fetch.js';
import { settlesAt } from '../../../support/fake-clock.js';

// Pure logic of the pool (dedupe, cache, timeouts) on a fake fetch; the wire and real servers
// are covered by test/integration/doh*.test.ts.

const ONE = 'https://one.example/dns-query';
const TWO = 'https://two.example/dns-query';

function a(name: string, ttl: number, address = '192.0.2.1'): Answer {
  return { type: 'A', name, ttl, data: address };
}

function soa(ttl: number, minimum: number): Answer {
  return { type: 'SOA', name: 'example.test', ttl, data: { mname: 'ns.example.test', rname: 'h.example.test', minimum } };
}

/** A clock the test moves by hand, in milliseconds. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('createResolver', () => {
  it('asks every resolver and keys outcomes by resolver URL', async () => {
    const fake = fakeDohFetch((_, url) => (url === ONE ? { answers: [a('example.test', 300)] } : { httpStatus: 500 }));
    const resolver = createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch });

    const observation = await resolver.ask({ name: 'Example.TEST.', type: 'A' });

    expect(observation.name).toBe('example.test');
    expect(observation.type).toBe('A');
    expect(observation.byResolver[ONE]).toEqual({
      ok: true,
      answer: { rcode: 'NOERROR', ad: false, nameservers: [], records: [{ type: 'A', name: 'example.test', ttl: 300, value: '192.0.2.1' }] },
    });
    expect(observation.byResolver[TWO]).toEqual({
      ok: false,
      error: expect.stringContaining(`HTTP 500 from ${TWO}`),
      errorText: { en: expect.stringContaining(`HTTP 500 from ${TWO}`), fr: expect.stringContaining(`HTTP 500 de ${TWO}\u00a0: le résolveur a refusé`) },
    });
  });

  it('sends the questions to all resolvers in parallel', async () => {
    let concurrent = 0;
    let peak = 0;
    const fake = fakeDohFetch(async () => {
      peak = Math.max(peak, ++concurrent);
      await new Promise((resolve) => setTimeout(resolve, 20));
      concurrent--;
      return { answers: [a('example.test', 60)] };
    });
    const resolver = createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch });
    await resolver.ask({ name: 'example.test', type: 'A' });
    expect(peak).toBe(2);
  });

  it('shares one request between identical questions in flight, whatever their case', async () => {
    const releases: ((reply: FakeReply) => void)[] = [];
    const fake = fakeDohFetch(() => new Promise<FakeReply>((resolve) => releases.push(resolve)));
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch });

    const first = resolver.ask({ name: 'example.test', type: 'MX' });
    const second = resolver.ask({ name: 'EXAMPLE.test.', type: 'MX' });
    const other = resolver.ask({ name: 'example.test', type: 'TXT' });
    expect(second).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 10));
    releases.forEach((release) => release({ answers: [] }));
    await Promise.all([first, second, other]);

    expect(fake.calls).toEqual([`${ONE} MX example.test`, `${ONE} TXT example.test`]);
  });

  it('reuses an answer for its smallest TTL, counting the TTLs down, then asks again', async () => {
    const clock = manualClock();
    const fake = fakeDohFetch(() => ({ answers: [a('example.test', 300), a('example.test', 60, '192.0.2.2')] }));
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch, now: clock.now });

    await resolver.ask({ name: 'example.test', type: 'A' });
    clock.advance(59_000);
    const cached = await resolver.ask({ name: 'example.test', type: 'A' });
    expect(fake.calls).toHaveLength(1);
    const outcome = cached.byResolver[ONE]!;
    const records = outcome.ok ? outcome.answer.records : [];
    expect(records.map((record) => record.ttl)).toEqual([241, 1]);

    clock.advance(1_000);
    await resolver.ask({ name: 'example.test', type: 'A' });
    expect(fake.calls).toHaveLength(2);
  });

  it('keeps its cached copy intact when a caller edits the answer it got', async () => {
    const fake = fakeDohFetch(() => ({ answers: [a('example.test', 300, '192.0.2.1'), a('example.test', 300, '192.0.2.2')] }));
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch });
    const first = await resolver.ask({ name: 'example.test', type: 'A' });
    const outcome = first.byResolver[ONE]!;
    if (outcome.ok) outcome.answer.records.length = 0;

    const again = (await resolver.ask({ name: 'example.test', type: 'A' })).byResolver[ONE]!;

    expect(again.ok && again.answer.records.map((record) => record.value)).toEqual(['192.0.2.1', '192.0.2.2']);
  });

  it('caches a negative answer for the smaller of the SOA TTL and its minimum (RFC 2308)', async () => {
    const clock = manualClock();
    const fake = fakeDohFetch(() => ({ rcode: 'NXDOMAIN', authorities: [soa(3600, 30)] }));
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch, now: clock.now });

    await resolver.ask({ name: 'nope.example.test', type: 'TXT' });
    clock.advance(29_000);
    await resolver.ask({ name: 'nope.example.test', type: 'TXT' });
    expect(fake.calls).toHaveLength(1);
    clock.advance(1_000);
    await resolver.ask({ name: 'nope.example.test', type: 'TXT' });
    expect(fake.calls).toHaveLength(2);
  });

  it.each<[string, FakeReply]>([
    ['a negative answer without SOA', { rcode: 'NXDOMAIN' }],
    ['a SERVFAIL', { rcode: 'SERVFAIL', authorities: [soa(300, 300)] }],
    ['an answer with TTL 0', { answers: [a('example.test', 0)] }],
    ['an HTTP error', { httpStatus: 503 }],
  ])('does not cache %s', async (_, reply) => {
    const fake = fakeDohFetch(() => reply);
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch });
    await resolver.ask({ name: 'example.test', type: 'A' });
    await resolver.ask({ name: 'example.test', type: 'A' });
    expect(fake.calls).toHaveLength(2);
  });

  it('caches each resolver on its own: a failed one is asked again, the good one is not', async () => {
    let twoFails = true;
    const fake = fakeDohFetch((_, url) => (url === TWO && twoFails ? { httpStatus: 502 } : { answers: [a('example.test', 300)] }));
    const resolver = createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch });

    await resolver.ask({ name: 'example.test', type: 'A' });
    twoFails = false;
    const second = await resolver.ask({ name: 'example.test', type: 'A' });

    expect(fake.calls).toEqual([`${ONE} A example.test`, `${TWO} A example.test`, `${TWO} A example.test`]);
    expect(second.byResolver[TWO]!.ok).toBe(true);
  });

  it.each(['hang', 'hang-ignoring-abort'] as const)('bounds a resolver that does not answer (%s) by the timeout', async (hang) => {
    const fake = fakeDohFetch((_, url) => (url === ONE ? hang : { answers: [a('example.test', 60)] }));
    const resolver = createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch, timeoutMs: 50 });

    const observation = await settlesAt(50, () => resolver.ask({ name: 'example.test', type: 'A' }));

    expect(observation.byResolver[ONE]).toEqual({ ok: false, error: 'timed out after 50 ms', errorText: { en: 'timed out after 50 ms', fr: 'pas de réponse au bout de 50\u00a0ms' } });
    expect(observation.byResolver[TWO]!.ok).toBe(true);
  });

  it('gives each query the smaller of its timeout and the time left before the deadline', async () => {
    const fake = fakeDohFetch(() => 'hang');

    const observation = await settlesAt(60, () => createResolver({ resolvers: [ONE], fetch: fake.fetch, timeoutMs: 4000, deadlineMs: 60 }).ask({ name: 'example.test', type: 'A' }));

    expect(observation.byResolver[ONE]).toEqual({
      ok: false,
      error: "no answer within the check's deadline of 60 ms",
      errorText: { en: "no answer within the check's deadline of 60 ms", fr: 'pas de réponse dans le délai de 60\u00a0ms accordé à la vérification' },
    });
  });

  it('sends nothing once the deadline has passed', async () => {
    const clock = manualClock();
    const fake = fakeDohFetch(() => ({ answers: [a('example.test', 300)] }));
    const resolver = createResolver({ resolvers: [ONE], fetch: fake.fetch, deadlineMs: 1000, now: clock.now });
    clock.advance(1000);

    const observation = await resolver.ask({ name: 'example.test', type: 'A' });

    expect(fake.calls).toEqual([]);
    expect(observation.byResolver[ONE]).toMatchObject({ ok: false, error: "no answer within the check's deadline of 1000 ms" });
  });

  it('does not ask a resolver again once it timed out, and keeps asking the others', async () => {
    const fake = fakeDohFetch((_, url) => (url === ONE ? 'hang' : { answers: [a('example.test', 60)] }));
    const resolver = createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch, timeoutMs: 50 });

    await resolver.ask({ name: 'example.test', type: 'A' });
    const next = await resolver.ask({ name: 'example.test', type: 'TXT' });

    expect(fake.calls).toEqual([`${ONE} A example.test`, `${TWO} A example.test`, `${TWO} TXT example.test`]);
    expect(next.byResolver[ONE]).toMatchObject({ ok: false, error: 'not asked again: it timed out earlier in this check' });
    expect(next.byResolver[TWO]!.ok).toBe(true);
  });

  it('reports a fetch that throws as the resolver error, never as a rejection', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const resolver = createResolver({ resolvers: [ONE], fetch: failing });
    const observation = await resolver.ask({ name: 'example.test', type: 'A' });
    expect(observation.byResolver[ONE]).toEqual({
      ok: false,
      error: expect.stringContaining(`Could not reach ${ONE}`),
      errorText: { en: expect.stringContaining(`Could not reach ${ONE}`), fr: expect.stringContaining(`Impossible de joindre ${ONE} (Failed to fetch)\u00a0: vérifiez`) },
    });
  });

  it('refuses a configuration it cannot use, with a sentence saying what to give', () => {
    const fake = fakeDohFetch(() => ({}));
    expect(() => createResolver({ resolvers: [], fetch: fake.fetch })).toThrow(/give at least one/);
    expect(() => createResolver({ resolvers: ['dns.google'], fetch: fake.fetch })).toThrow(/^"dns\.google" is not a URL: enter the full address/);
    expect(() => createResolver({ resolvers: ['https://dns.example/dns-query?dns=AAAB'], fetch: fake.fetch })).toThrow(/\?dns= query/);
    expect(() => createResolver({ resolvers: [ONE], fetch: fake.fetch, timeoutMs: 0 })).toThrow(/positive number/);
    expect(() => createResolver({ resolvers: [ONE], fetch: fake.fetch, deadlineMs: -5 })).toThrow(/deadline must be a positive number/);
  });
});
