import { Buffer } from 'buffer';
import { encode, type Answer } from 'dns-packet';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dohQuery, MAX_DNS_MESSAGE_BYTES } from '../../../../src/dns/doh.js';
import type { Question } from '../../../../src/dns/types.js';
import { LocalizedError } from '../../../../src/lib/localized-error.js';
import { expectLocalizedSentence } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams } from './fuzz-settings.js';
import { nearValid } from './hostile-text.js';

/**
 * DoH response bodies from a hostile or broken resolver: valid answers to the question asked,
 * then changed byte by byte (flipped, cut short, grown past 64 KiB, counts inflated, compression
 * pointers aimed at themselves or in loops). The client settles within the cap (fast-check's
 * per-run timeout) with an answer or a LocalizedError whose sentence names the resolver.
 */
const RESOLVER = 'https://doh.example/dns-query';
const QUESTIONS: Question[] = [
  { name: 'example.com', type: 'TXT' },
  { name: 'example.com', type: 'MX' },
  { name: '_autodiscover._tcp.example.com', type: 'SRV' },
  { name: 'autodiscover.example.com', type: 'CNAME' },
  { name: 'example.com', type: 'NS' },
];

const hostName = nearValid(fc.constantFrom('mx1.mail.ovh.net', 'example.com', 'a.b.c.example.org'), 2);
const ttl = fc.nat(0x7fffffff);
function answerFor(question: Question): fc.Arbitrary<Answer> {
  const name = fc.constant(question.name);
  return fc.oneof(
    fc.record({ type: fc.constant('TXT' as const), name, ttl, data: fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant('MX' as const), name, ttl, data: fc.record({ preference: fc.nat(65535), exchange: hostName }) }),
    fc.record({ type: fc.constant('SRV' as const), name, ttl, data: fc.record({ priority: fc.nat(65535), weight: fc.nat(65535), port: fc.nat(65535), target: hostName }) }),
    fc.record({ type: fc.constant('CNAME' as const), name, ttl, data: hostName }),
    fc.record({ type: fc.constant('NS' as const), name, ttl, data: hostName }),
    fc.record({ type: fc.constant('A' as const), name, ttl, data: fc.ipV4() }),
    fc.record({ type: fc.constant('AAAA' as const), name, ttl, data: fc.constant('2001:db8::1') }),
  );
}

/** A well-formed response to `question`: flags, rcode and answers drawn. */
const responseArb = fc.constantFrom(...QUESTIONS).chain((question) =>
  fc
    .record({ answers: fc.array(answerFor(question), { maxLength: 5 }), rcode: fc.constantFrom(0, 0, 2, 3, 5), truncated: fc.boolean() })
    .map(({ answers, rcode, truncated }) => ({
      question,
      bytes: Uint8Array.from(
        encode({ type: 'response', id: 0, flags: rcode | (truncated ? 1 << 9 : 0), questions: [{ type: question.type, name: question.name, class: 'IN' }], answers }),
      ),
    })),
);

type Mutation =
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'pointer'; at: number; target: number }
  | { kind: 'count'; field: number; value: number }
  | { kind: 'oversize' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  // A compression pointer (RFC 1035 §4.1.4) to itself, backwards or forwards: loops and jumps.
  fc.record({ kind: fc.constant('pointer' as const), at: fc.nat(), target: fc.nat(0x3fff) }),
  fc.record({ kind: fc.constant('count' as const), field: fc.nat(3), value: fc.nat(0xffff) }),
  { arbitrary: fc.constant({ kind: 'oversize' as const }), weight: 1 },
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return joined;
}

function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const at = (n: number) => n % (bytes.length + 1);
  switch (mutation.kind) {
    case 'set': {
      const copy = Uint8Array.from(bytes);
      if (copy.length > 0) copy[mutation.at % copy.length] = mutation.byte;
      return copy;
    }
    case 'cut':
      return bytes.subarray(0, at(mutation.at));
    case 'insert':
      return concat(bytes.subarray(0, at(mutation.at)), mutation.bytes, bytes.subarray(at(mutation.at)));
    case 'pointer': {
      const i = 12 + (mutation.at % Math.max(1, bytes.length - 12));
      const target = mutation.target % 3 === 0 ? i : mutation.target;
      return concat(bytes.subarray(0, i), Uint8Array.of(0xc0 | (target >> 8), target & 0xff), bytes.subarray(i + 2));
    }
    case 'count': {
      const copy = Uint8Array.from(bytes);
      if (copy.length >= 12) {
        copy[4 + 2 * mutation.field] = mutation.value >> 8;
        copy[5 + 2 * mutation.field] = mutation.value & 0xff;
      }
      return copy;
    }
    case 'oversize': {
      const grown = new Uint8Array(Math.max(bytes.length, MAX_DNS_MESSAGE_BYTES + 1));
      grown.set(bytes);
      return grown;
    }
  }
}

const respond = (bytes: Uint8Array) =>
  (async () => new Response(Buffer.from(bytes), { status: 200, headers: { 'content-type': 'application/dns-message' } })) as unknown as typeof fetch;

async function expectAnswerOrSentence(question: Question, bytes: Uint8Array): Promise<void> {
  const outcome = await dohQuery(RESOLVER, question, { fetch: respond(bytes) }).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome === undefined) return;
  expect(outcome, String(outcome)).toBeInstanceOf(LocalizedError);
  const { text } = outcome as LocalizedError;
  expectLocalizedSentence(text, 'a DoH failure');
  expect(text.en).toContain(RESOLVER);
}

describe('fuzz: DoH response bodies', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('valid responses, changed byte by byte: an answer or a sentence naming the resolver', async () => {
    await fc.assert(
      fc.asyncProperty(responseArb, fc.array(mutationArb, { maxLength: 4 }), async ({ question, bytes }, mutations) => {
        await expectAnswerOrSentence(question, mutations.reduce(mutate, bytes));
      }),
      fuzzParams('dohMutations'),
    );
  });

  test('random bytes behind a valid header and question: an answer or a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(responseArb, fc.uint8Array({ maxLength: 600 }), async ({ question, bytes }, tail) => {
        const headerAndQuestion = bytes.subarray(0, 12 + question.name.length + 2 + 4);
        const withCounts = Uint8Array.from([...headerAndQuestion, ...tail]);
        withCounts[7] = 1 + (tail[0] ?? 0) % 8;
        await expectAnswerOrSentence(question, withCounts);
      }),
      fuzzParams('dohBodies'),
    );
  });
});
