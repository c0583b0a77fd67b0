import { encode, type Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { dohQuery, MAX_DNS_MESSAGE_BYTES, type DohFetch, type ReadHttpAnswer } from '../../../src/dns/doh.js';
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

describe('an answer whose body the HTTP client already read (the CLI\'s undici client)', () => {
  const reading = (answer: Partial<ReadHttpAnswer> & { contentType?: string }): DohFetch => async () => ({
    status: answer.status ?? 200,
    headers: answer.headers ?? new Headers({ 'content-type': answer.contentType ?? 'application/dns-message' }),
    bodyBytes: answer.bodyBytes ?? new Uint8Array(0),
  });
  const packet = encode({ type: 'response', id: 0, flags: 0, questions: [{ type: 'MX', name: 'example.test' }], answers: [MX] });

  it('is read as a fetch Response would be', async () => {
    const answer = await dohQuery(URL_, question, { fetch: reading({ bodyBytes: packet }) });
    expect(answer.records.map((r) => r.value)).toEqual(['mx.example.test']);
  });

  it('is refused past the cap, as another type, or as a redirect', async () => {
    const big = await refusal(dohQuery(URL_, question, { fetch: reading({ bodyBytes: new Uint8Array(MAX_DNS_MESSAGE_BYTES + 1) }) }));
    expect(big.text.en).toMatch(/65,?535 bytes/);
    await expect(dohQuery(URL_, question, { fetch: reading({ bodyBytes: packet, contentType: 'text/html' }) })).rejects.toThrow(/text\/html/);
    const moved = await refusal(dohQuery(URL_, question, { fetch: reading({ status: 302, headers: new Headers({ location: 'http://plain.example/' }) }) }));
    expect(moved.text.en).toMatch(/^the resolver redirected to http:\/\/plain\.example\/: not followed/);
  });
});
