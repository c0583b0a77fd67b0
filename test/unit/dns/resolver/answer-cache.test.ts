import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../../src/dns/resolver/answer-cache.js';
import type { DohResult } from '../../../../src/dns/doh.js';
import { createResolver } from '../../../../src/dns/resolver/resolver.js';
import { fakeDohFetch } from '../../../support/fake-doh-fetch.js';
import type { FakeReply } from '../../../support/fake-doh-fetch.js';

// The cache one `check --domains` run shares between its checks: what crosses checks, what does
// not, and what it keeps. The per-check behaviour (TTL count-down, negative TTLs) is in resolver.test.ts.

const ONE = 'https://one.example/dns-query';
const TWO = 'https://two.example/dns-query';
const txt = (name: string, text: string): Answer => ({ type: 'TXT', name, ttl: 300, data: [text] });

function answered(name: string, ttl = 300): DohResult {
  return { answer: { rcode: 'NOERROR', ad: false, nameservers: [], records: [{ type: 'A', name, ttl, value: '192.0.2.1' }] }, cacheTtl: ttl };
}

describe('createAnswerCache', () => {
  it('lets two checks share one request per question and resolver, in flight and once answered', async () => {
    const releases: ((reply: FakeReply) => void)[] = [];
    const fake = fakeDohFetch(() => new Promise<FakeReply>((resolve) => releases.push(resolve)));
    const answers = createAnswerCache({ maxAnswers: 100 });
    const check = () => createResolver({ resolvers: [ONE, TWO], fetch: fake.fetch, answers });
    const question = { name: 'mx.ovh.com', type: 'TXT' } as const;

    const inFlight = [check().ask(question), check().ask(question)];
    await new Promise((resolve) => setTimeout(resolve, 10));
    releases.forEach((release) => release({ answers: [txt('mx.ovh.com', 'v=spf1 -all')] }));
    const later = await check().ask(question);

    expect(fake.calls).toEqual([`${ONE} TXT mx.ovh.com`, `${TWO} TXT mx.ovh.com`]);
    for (const observation of [...(await Promise.all(inFlight)), later]) {
      expect(observation.byResolver[ONE]).toMatchObject({ ok: true, answer: { records: [{ value: 'v=spf1 -all' }] } });
    }
  });

  it('keeps the request going while another check still waits for it, and cancels it when none does', async () => {
    const signals: AbortSignal[] = [];
    const settle: ((result: DohResult) => void)[] = [];
    const exchange = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<DohResult>((resolve) => settle.push(resolve));
    };
    const answers = createAnswerCache({ maxAnswers: 10 });
    const question = { name: 'example.test', type: 'A' } as const;
    const early = new AbortController();
    const patient = new AbortController();
    const first = answers.answer(ONE, question, exchange, early.signal);
    const second = answers.answer(ONE, question, exchange, patient.signal);

    early.abort(new Error('this check reached its deadline'));
    await expect(first).rejects.toThrow('this check reached its deadline');
    expect(signals[0]!.aborted).toBe(false);
    settle[0]!(answered('example.test'));
    await expect(second).resolves.toMatchObject({ records: [{ value: '192.0.2.1' }] });

    const alone = new AbortController();
    const lonely = answers.answer(ONE, { name: 'other.test', type: 'A' }, exchange, alone.signal);
    alone.abort(new Error('gave up'));
    await expect(lonely).rejects.toThrow('gave up');
    expect(signals[1]!.aborted).toBe(true);
    // A later caller starts a fresh request rather than join the cancelled one.
    void answers.answer(ONE, { name: 'other.test', type: 'A' }, exchange, new AbortController().signal);
    expect(signals).toHaveLength(3);
  });

  it('keeps at most maxAnswers, dropping the oldest not read again first', async () => {
    let requests = 0;
    const exchange = (name: string) => async () => {
      requests++;
      return answered(name);
    };
    const answers = createAnswerCache({ maxAnswers: 2 });
    const ask = (name: string) => answers.answer(ONE, { name, type: 'A' }, exchange(name), new AbortController().signal);
    await ask('a.test');
    await ask('b.test');
    await ask('a.test'); // read again: b.test goes first
    await ask('c.test');
    expect(requests).toBe(3);
    await ask('a.test');
    expect(requests).toBe(3);
    await ask('b.test');
    expect(requests).toBe(4);
  });

  it('drops an eighth at once when full, oldest first, keeping those read again', async () => {
    const asked: string[] = [];
    const answers = createAnswerCache({ maxAnswers: 16 });
    const ask = (name: string) =>
      answers.answer(ONE, { name, type: 'A' }, async () => (asked.push(name), answered(name)), new AbortController().signal);
    const names = Array.from({ length: 16 }, (_, i) => `n${i}.test`);
    for (const name of names) await ask(name);
    await ask('n0.test'); // read again: n1 and n2 go
    await ask('new.test');
    asked.length = 0;
    for (const name of [...names.filter((name) => name !== 'n1.test' && name !== 'n2.test'), 'new.test']) await ask(name);
    expect(asked).toEqual([]);
    await ask('n2.test');
    expect(asked).toEqual(['n2.test']);
  });

  it('gives each caller its own copy of a shared answer', async () => {
    const answers = createAnswerCache({ maxAnswers: 10 });
    const exchange = async () => answered('example.test');
    const ask = () => answers.answer(ONE, { name: 'example.test', type: 'A' }, exchange, new AbortController().signal);
    const [first, second] = await Promise.all([ask(), ask()]);
    first.records.length = 0;
    expect(second.records).toHaveLength(1);
    expect((await ask()).records).toHaveLength(1);
  });
});
