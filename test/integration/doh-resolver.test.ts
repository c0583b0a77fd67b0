import { describe, expect, inject, it } from 'vitest';
import { createResolver } from '../../src/dns/resolver/resolver.js';
import { startCountingProxy } from '../support/dns/counting-proxy.js';
import { faultUrl } from '../support/dns/urls.js';

// The resolver pool against the real loopback servers and the fault proxy: every resolver
// failure mode ends as that resolver's error, and the others' answers are kept.

const dns = inject('dns');
const question = { name: 'doh.test', type: 'MX' } as const;

describe('createResolver against loopback servers', () => {
  it('keeps the good resolver when the other one fails', async () => {
    const broken = faultUrl(dns, 'http500');
    const resolver = createResolver({ resolvers: [dns.plainUrl, broken], fetch });

    const observation = await resolver.ask(question);

    const good = observation.byResolver[dns.plainUrl]!;
    expect(good.ok && good.answer.records.map((record) => record.value).sort()).toEqual(['mx1.doh.test', 'mx2.doh.test']);
    expect(observation.byResolver[broken]).toEqual({ ok: false, error: expect.stringMatching(/^HTTP 500 from /), errorText: expect.anything() });
  });

  it.each([
    ['down (nothing listens)', () => dns.downUrl, /^Could not reach .*ECONNREFUSED/, /^Impossible de joindre .*ECONNREFUSED/],
    ['answering HTTP 500', () => faultUrl(dns, 'http500'), /^HTTP 500 from /, /^HTTP 500 de /],
    ['sending garbage', () => faultUrl(dns, 'garbage'), /not a DNS message/, /n’est pas un message DNS/],
    ['sending a web page', () => faultUrl(dns, 'wrong-type'), /content-type "text\/html"/, /type de contenu «\u00a0text\/html\u00a0»/],
  ])('reports a resolver %s as its error, in English and in French', async (_, url, message, french) => {
    const resolver = createResolver({ resolvers: [url()], fetch });
    const observation = await resolver.ask(question);
    expect(observation.byResolver[url()]).toEqual({
      ok: false,
      error: expect.stringMatching(message),
      errorText: { en: expect.stringMatching(message), fr: expect.stringMatching(french) },
    });
  });

  it('bounds a hanging resolver by the timeout and keeps the other answer', async () => {
    // The hanging proxy never answers: only the resolver's own timer can end this ask, and its
    // error names that timer (the test's own timeout would end a resolver that waited forever).
    const hanging = faultUrl(dns, 'hang');
    const resolver = createResolver({ resolvers: [hanging, dns.plainUrl], fetch, timeoutMs: 300 });

    const observation = await resolver.ask(question);

    expect(observation.byResolver[hanging]).toEqual({ ok: false, error: 'timed out after 300 ms', errorText: { en: 'timed out after 300 ms', fr: 'pas de réponse au bout de 300\u00a0ms' } });
    expect(observation.byResolver[dns.plainUrl]!.ok).toBe(true);
  });

  it('asks the resolvers in parallel: both queries are in flight at once', async () => {
    // The proxy holds each query until two are in flight: asked one after the other, the first
    // would never be answered and would end as "timed out" (a generous timeout: this is not a race).
    const proxy = await startCountingProxy(dns.plainUrl, ['a', 'b'], { holdUntilInFlight: 2 });
    try {
      const resolver = createResolver({ resolvers: proxy.urls, fetch, timeoutMs: 5_000 });

      const observation = await resolver.ask({ name: 'doh.test', type: 'TXT' });

      expect(proxy.maxInFlight()).toBe(2);
      expect(Object.values(observation.byResolver).map((outcome) => outcome.ok)).toEqual([true, true]);
    } finally {
      await proxy.close();
    }
  });

  it('answers a repeated question from its cache', async () => {
    const proxy = await startCountingProxy(dns.plainUrl, ['cached']);
    try {
      const [url] = proxy.urls;
      const resolver = createResolver({ resolvers: [url!], fetch });
      await resolver.ask({ name: 'doh.test', type: 'AAAA' });

      const again = await resolver.ask({ name: 'DOH.TEST', type: 'AAAA' });

      // Asked once, answered twice: the second answer never reached a server.
      expect(proxy.counts()).toEqual(new Map([['cached AAAA doh.test', 1]]));
      expect(again.byResolver[url!]!.ok).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
