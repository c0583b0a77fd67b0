import { Agent, type Dispatcher } from 'undici';

/**
 * The CLI's transport for its DNS-over-HTTPS requests: undici's `request()` on one keep-alive
 * Agent, behind the `fetch` shape the DoH client takes (the extension hands it the browser's
 * fetch). Node's own fetch spends about three times the CPU of a plain request on each small
 * answer (WHATWG streams, signals and request objects around a 100-byte body), and a fleet check
 * sends some six requests a domain.
 *
 * A resolver gets at most CONNECTIONS_PER_RESOLVER connections, each carrying up to PIPELINING
 * requests at once (GETs are idempotent: undici sends one again on a fresh connection when a
 * pipelined connection closes under it). Redirects are never followed (`request()` does not
 * follow them): a 3xx is handed back as it came, as `redirect: 'manual'` gives in Node, and the
 * DoH client refuses it. The body is read at most `maxBodyBytes + 1` bytes: a larger one (or a
 * larger Content-Length) is cut there and its connection closed, so the caller's cap refuses it as
 * too big. Failures reject as Node's fetch does: a TypeError whose `cause` holds the error
 * (`code` ECONNREFUSED…), or the signal's reason once aborted.
 */
export function createUndiciDohFetch(maxBodyBytes: number): typeof fetch {
  const agent = new Agent({ connections: CONNECTIONS_PER_RESOLVER, pipelining: PIPELINING });
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const signal = init.signal ?? undefined;
    const body = init.body ?? undefined;
    if (body !== undefined && !(body instanceof Uint8Array)) throw new TypeError('Only a byte body is sent by this client.');
    try {
      const options: Dispatcher.RequestOptions = { origin: url.origin, path: `${url.pathname}${url.search}`, method: (init.method ?? 'GET') as Dispatcher.HttpMethod, headers: Object.fromEntries(new Headers(init.headers)) };
      if (body !== undefined) options.body = body;
      if (signal) options.signal = signal;
      const response = await agent.request(options);
      // A status without a body: whatever came is dropped, so the connection serves the next request.
      const bytes = NULL_BODY_STATUSES.has(response.statusCode) ? await response.body.dump().then(() => null) : await readUpTo(response, maxBodyBytes);
      return new Response(bytes, { status: response.statusCode, headers: toHeaders(response.headers) });
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
function readUpTo(response: Dispatcher.ResponseData, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const { body } = response;
  const cut = (chunks: Buffer[], size: number) => new Uint8Array(Buffer.concat(chunks, size).subarray(0, maxBytes + 1));
  if (Number(response.headers['content-length']) > maxBytes) {
    body.destroy();
    return Promise.resolve(new Uint8Array(maxBytes + 1));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size <= maxBytes) return;
      // Over the cap: undici closes that connection rather than read the rest.
      body.destroy();
      resolve(cut(chunks, size));
    });
    body.on('end', () => resolve(cut(chunks, size)));
    body.on('error', reject);
  });
}

function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one);
  }
  return headers;
}

/** Statuses whose response has no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
