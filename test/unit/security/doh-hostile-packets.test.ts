import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dohQuery } from '../../../src/dns/doh.js';
import { expectNoHang } from '../../support/cpu-time.js';

/**
 * Hostile bytes from a resolver: whatever the body, the DoH client settles at once, with an
 * answer or an Error whose sentence names the resolver (dns-packet only follows compression
 * pointers backwards and caps names at 254 bytes, so no body can make it loop).
 */
const RESOLVER = 'https://doh.example/dns-query';

const respond = (bytes: Uint8Array) =>
  (async () => new Response(Uint8Array.from(bytes), { status: 200, headers: { 'content-type': 'application/dns-message' } })) as unknown as typeof fetch;

/** A response header (QR set, id 0) with the given counts, then the body bytes. */
function withHeader(counts: number[], body: Uint8Array): Uint8Array {
  const header = new Uint8Array(12);
  header[2] = 0x81;
  header[3] = 0x80;
  counts.forEach((count, i) => {
    header[4 + 2 * i] = count >> 8;
    header[5 + 2 * i] = count & 0xff;
  });
  return new Uint8Array([...header, ...body]);
}

describe('the DoH client on hostile bytes', () => {
  test('random bodies and random counts settle quickly, as an answer or a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }), fc.uint8Array({ maxLength: 2048 }), async (counts, body) => {
        let outcome = 'never settled';
        // Settles: the fake resolver answers at once, so nothing but the client's own work could hold it.
        await expectNoHang(async () => {
          outcome = await dohQuery(RESOLVER, { name: 'example.com', type: 'TXT' }, { fetch: respond(withHeader(counts, body)) }).then(
            () => 'answer',
            (error: unknown) => (error instanceof Error && error.message.includes(RESOLVER) ? 'sentence' : `bad error: ${String(error)}`),
          );
        }, `counts ${counts.join(',')}, ${body.length} bytes`);
        expect(outcome).toMatch(/^(answer|sentence)$/);
      }),
      { numRuns: 300 },
    );
  });

  test('a name that points at itself, or forward, is refused', async () => {
    for (const pointer of [[0xc0, 12], [0xc0, 14]]) {
      const bytes = withHeader([1, 0, 0, 0], new Uint8Array([...pointer, 0, 16, 0, 1]));
      await expect(dohQuery(RESOLVER, { name: 'example.com', type: 'TXT' }, { fetch: respond(bytes) })).rejects.toThrow(/not a DNS message.*bad pointer/);
    }
  });
});
