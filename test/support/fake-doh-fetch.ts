import { Buffer } from 'buffer';
import { decode, encode } from 'dns-packet';
import type { Answer } from 'dns-packet';
import type { Question } from '../../src/dns/types.js';

/**
 * A `fetch` that answers RFC 8484 requests from a function, for unit tests of pure logic
 * (dedupe, cache, timeouts). Anything about the wire or real servers belongs in the
 * integration tests against the loopback unbound/dnsdist instead.
 */

export type FakeReply =
  | { rcode?: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED'; answers?: Answer[]; authorities?: Answer[]; ad?: boolean; truncated?: boolean }
  | { httpStatus: number }
  /** A 3xx with this Location, as Node's fetch returns it under `redirect: 'manual'`. */
  | { redirectTo: string; httpStatus?: 301 | 302 | 307 | 308 }
  /** Never answers; rejects with an AbortError when the request's signal aborts (as fetch does). */
  | 'hang'
  /** Never answers and ignores the signal, like a broken fetch polyfill. */
  | 'hang-ignoring-abort';

export interface FakeDohFetch {
  fetch: typeof fetch;
  /** Each request as `<resolver origin+path> <type> <name>`, in order. */
  calls: string[];
}

const RCODE_NUMBERS = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;
const AUTHENTIC_DATA_FLAG = 1 << 5;
const TRUNCATED_FLAG = 1 << 9;

export function fakeDohFetch(reply: (question: Question, resolverUrl: string, method: 'GET' | 'POST') => FakeReply | Promise<FakeReply>): FakeDohFetch {
  const calls: string[] = [];
  const fakeFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const wire =
      init?.method === 'POST'
        ? Buffer.from(init.body as Uint8Array)
        : Buffer.from(url.searchParams.get('dns')!.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    const query = decode(wire);
    const asked = query.questions![0]!;
    const resolverUrl = `${url.origin}${url.pathname}`;
    calls.push(`${resolverUrl} ${asked.type} ${asked.name}`);
    const answer = await reply({ name: asked.name, type: asked.type as Question['type'] }, resolverUrl, init?.method === 'POST' ? 'POST' : 'GET');
    if (answer === 'hang-ignoring-abort') return new Promise<never>(() => undefined);
    if (answer === 'hang') return hangUntilAborted(init?.signal ?? undefined);
    if ('redirectTo' in answer) {
      if (init?.redirect !== 'manual') throw new Error('The DoH client must ask fetch not to follow redirects.');
      return new Response(null, { status: answer.httpStatus ?? 302, headers: { location: answer.redirectTo } });
    }
    if ('httpStatus' in answer) return new Response('failure', { status: answer.httpStatus, headers: { 'content-type': 'text/plain' } });
    const flags = (answer.ad ? AUTHENTIC_DATA_FLAG : 0) | (answer.truncated ? TRUNCATED_FLAG : 0) | RCODE_NUMBERS[answer.rcode ?? 'NOERROR'];
    const response = encode({
      type: 'response',
      id: 0,
      flags,
      questions: query.questions,
      answers: answer.answers ?? [],
      authorities: answer.authorities ?? [],
    });
    return new Response(Uint8Array.from(response), { status: 200, headers: { 'content-type': 'application/dns-message' } });
  };
  return { fetch: fakeFetch as typeof fetch, calls };
}

function hangUntilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}
