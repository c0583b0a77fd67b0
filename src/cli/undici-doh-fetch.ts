import type { Dispatcher } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import request from 'undici/lib/api/api-request.js';
import type { ReadHttpAnswer } from '../dns/doh.js';

/**
 * The CLI's transport for its DNS-over-HTTPS requests: undici's `request()` on one keep-alive
 * Agent, answering with the body already read (ReadHttpAnswer) rather than a fetch Response: a
 * fleet check sends some six requests a domain, and a Response with its stream and headers costs
 * more CPU than the 100-byte message inside it (the extension keeps the browser's fetch).
 *
 * A resolver gets at most CONNECTIONS_PER_RESOLVER connections, each carrying up to PIPELINING
 * requests at once (GETs are idempotent: undici sends one again on a fresh connection when a
 * pipelined connection closes under it). Redirects are never followed (`request()` does not
 * follow them): a 3xx is handed back as it came, and the DoH client refuses it. The body is read
 * at most `maxBodyBytes + 1` bytes: a larger one (or a larger Content-Length) is cut there and its
 * connection closed, so the DoH client refuses it as too big. Failures reject as Node's fetch
 * does: a TypeError whose `cause` holds the error (`code` ECONNREFUSED…), or the signal's reason
 * once aborted.
 */
export function createUndiciDohFetch(maxBodyBytes: number): (url: URL, init: RequestInit) => Promise<ReadHttpAnswer> {
  const agent = new Agent({ connections: CONNECTIONS_PER_RESOLVER, pipelining: PIPELINING });
  return async (url, init) => {
    const signal = init.signal ?? undefined;
    const body = init.body ?? undefined;
    if (body !== undefined && !(body instanceof Uint8Array)) throw new TypeError('Only a byte body is sent by this client.');
    try {
      const options: Dispatcher.RequestOptions = { origin: url.origin, path: `${url.pathname}${url.search}`, method: (init.method ?? 'GET') as Dispatcher.HttpMethod, headers: headerRecord(init.headers) };
      if (body !== undefined) options.body = body;
      if (signal) options.signal = signal;
      const response = await request.call(agent, options);
      return { status: response.statusCode, headers: headerReader(response.headers), bodyBytes: await readUpTo(response, maxBodyBytes) };
    } catch (error) {
      throw signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error });
    }
  };
}

/**
 * Per resolver, connections × pipelining requests in flight: a fleet run of 16 domains asks about
 * a hundred questions at once, and a resolver is not a place to open a hundred sockets.
 */
export const CONNECTIONS_PER_RESOLVER = 8;
const PIPELINING = 8;

/** The body, at most `maxBytes + 1` bytes: past the cap nothing more is read and the connection is dropped. */
function readUpTo(response: Dispatcher.ResponseData, maxBytes: number): Promise<Uint8Array> {
  const { body } = response;
  if (Number(response.headers['content-length']) > maxBytes) {
    body.destroy();
    return Promise.resolve(new Uint8Array(maxBytes + 1));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cut = () => Buffer.concat(chunks, size).subarray(0, maxBytes + 1);
    body.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size <= maxBytes) return;
      // Over the cap: undici closes that connection rather than read the rest.
      body.destroy();
      resolve(cut());
    });
    body.on('end', () => resolve(cut()));
    body.on('error', reject);
  });
}

/** The request's headers as undici takes them: the DoH client's plain record as it is (a Headers built per request costs more than the query). */
function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(new Headers(headers));
  return headers;
}

/** Headers.get over undici's lower-cased header object: a repeated header reads as its values joined, as fetch gives it. */
function headerReader(raw: Dispatcher.ResponseData['headers']): ReadHttpAnswer['headers'] {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    },
  };
}
