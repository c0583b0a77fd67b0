import { encode } from 'dns-packet';
import { describe, expect, test } from 'vitest';
import { dohQuery, MAX_DNS_MESSAGE_BYTES } from '../../../src/dns/doh.js';

/**
 * A resolver is a remote server (one the user added, or a default one gone wrong): its body is
 * hostile input. A DNS message is at most 65,535 bytes; a bigger body must be refused without
 * being read into memory, whether its length is declared or not.
 */
const RESOLVER = 'https://doh.example/dns-query';
const QUESTION = { name: 'example.com', type: 'A' as const };

const ANSWER = Uint8Array.from(
  encode({
    type: 'response',
    id: 0,
    flags: 0,
    questions: [{ type: 'A', name: 'example.com', class: 'IN' }],
    answers: [{ type: 'A', name: 'example.com', ttl: 300, data: '192.0.2.1' }],
  }),
);

/** A body of `chunks` pieces of 64 KB after the real answer, counting what the client pulled. */
function streamed(first: Uint8Array, chunks: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = sent === 0 ? first : new Uint8Array(64 * 1024);
      sent++;
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
      if (sent > chunks) controller.close();
    },
  });
  return { body, pulled: () => pulled };
}

const respond = (body: BodyInit, headers: Record<string, string> = {}) =>
  (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/dns-message', ...headers } })) as unknown as typeof fetch;

describe('DoH bodies bigger than a DNS message', () => {
  test('an answer followed by 50 MB is refused after at most one chunk past the limit', async () => {
    const { body, pulled } = streamed(ANSWER, 800);
    await expect(dohQuery(RESOLVER, QUESTION, { fetch: respond(body) })).rejects.toThrow(/more than 65535 bytes.*use another resolver/);
    expect(pulled()).toBeLessThan(MAX_DNS_MESSAGE_BYTES + 2 * 64 * 1024);
  });

  test('a declared Content-Length over the limit is refused before any byte is read', async () => {
    const { body, pulled } = streamed(ANSWER, 800);
    await expect(dohQuery(RESOLVER, QUESTION, { fetch: respond(body, { 'content-length': String(1e9) }) })).rejects.toThrow(/more than 65535 bytes/);
    expect(pulled()).toBeLessThanOrEqual(ANSWER.byteLength);
  });

  test('an answer that arrives in several pieces is still read whole', async () => {
    const pieces = [ANSWER.slice(0, 5), ANSWER.slice(5, 20), ANSWER.slice(20)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    const answer = await dohQuery(RESOLVER, QUESTION, { fetch: respond(body) });
    expect(answer.records).toEqual([{ type: 'A', name: 'example.com', ttl: 300, value: '192.0.2.1' }]);
  });
});
