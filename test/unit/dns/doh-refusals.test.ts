import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { dohQuery } from '../../../src/dns/doh.js';
import type { LocalizedError } from '../../../src/lib/localized-error.js';
import { fakeDohFetch } from '../../support/fake-doh-fetch.js';

// What the DoH client refuses to take as an answer: a redirect, a truncated answer. The same
// against real servers behind the fault proxy is in test/integration/doh-faults.test.ts.

const URL_ = 'https://doh.example/dns-query';
const MX: Answer = { type: 'MX', name: 'example.test', ttl: 300, data: { preference: 10, exchange: 'mx.example.test' } };
const question = { name: 'example.test', type: 'MX' } as const;

async function refusal(promise: Promise<unknown>): Promise<LocalizedError> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: LocalizedError) => error,
  );
}

describe('a truncated answer (TC)', () => {
  it('is asked again over POST, and that answer is used', async () => {
    const fake = fakeDohFetch((_, __, method) => (method === 'GET' ? { truncated: true } : { answers: [MX] }));
    const answer = await dohQuery(URL_, question, { fetch: fake.fetch });
    expect(answer.records.map((r) => r.value)).toEqual(['mx.example.test']);
    expect(fake.calls).toHaveLength(2);
  });

  it('still truncated over POST is an error ("could not check"), never an empty answer', async () => {
    const fake = fakeDohFetch(() => ({ truncated: true }));
    const error = await refusal(dohQuery(URL_, question, { fetch: fake.fetch }));
    expect(error.text.en).toBe(`${URL_} sent a truncated answer (TC), even when asked again over POST: this record could not be checked with it; try again later or use another resolver.`);
    expect(error.text.fr).toMatch(/réponse tronquée \(TC\), même redemandée en POST\u00a0: /);
  });

  it('truncated with some records is not taken either: the set may be partial', async () => {
    const fake = fakeDohFetch(() => ({ truncated: true, answers: [MX] }));
    await expect(dohQuery(URL_, question, { fetch: fake.fetch })).rejects.toThrow(/truncated/);
  });
});

describe('a resolver that redirects', () => {
  it.each([301, 302, 307, 308] as const)('is refused on %i, naming where it pointed, without following it', async (status) => {
    const fake = fakeDohFetch((_, url) => (url === URL_ ? { redirectTo: 'http://plain.example/dns-query', httpStatus: status } : { answers: [MX] }));
    const error = await refusal(dohQuery(URL_, question, { fetch: fake.fetch }));
    expect(error.text.en).toBe(
      `the resolver redirected to http://plain.example/dns-query: not followed, since ${URL_} must answer itself; check the resolver address, or use another resolver.`,
    );
    expect(error.text.fr).toMatch(/^le résolveur a redirigé vers http:\/\/plain\.example\/dns-query\u00a0: redirection non suivie/);
    expect(fake.calls).toHaveLength(1);
  });

  it('shows a relative or hostile Location as one absolute, escaped and bounded URL', async () => {
    const relative = await refusal(dohQuery(URL_, question, { fetch: fakeDohFetch(() => ({ redirectTo: '/elsewhere?x=1' })).fetch }));
    expect(relative.text.en).toContain('redirected to https://doh.example/elsewhere?x=1: not followed');
    const hostile = await refusal(dohQuery(URL_, question, { fetch: fakeDohFetch(() => ({ redirectTo: `https://evil.example/${'\u001b[2K'}${'a'.repeat(500)}` })).fetch }));
    expect(hostile.text.en).not.toContain('\u001b');
    expect(hostile.text.en).toMatch(/redirected to https:\/\/evil\.example\/%1B\[2Ka+…: not followed/);
  });

  it('says it cannot tell where when the browser hides it (an opaque redirect)', async () => {
    // What a browser's fetch gives under redirect: 'manual' (Node cannot build such a Response).
    const hidden = (async () => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null }) as unknown as Response) as typeof fetch;
    const error = await refusal(dohQuery(URL_, question, { fetch: hidden }));
    expect(error.text.en).toMatch(/^the resolver redirected to another address: not followed/);
  });
});
