import { request } from 'node:https';

/**
 * A minimal `fetch` over node:https that trusts one extra CA (the test certificate), for the
 * few tests that talk TLS from Node: Node's own fetch only reads NODE_EXTRA_CA_CERTS at start.
 * Handles what the DoH client sends: GET or POST with a byte body, headers, an abort signal.
 */
export function httpsFetchWithCa(ca: string | Buffer): typeof fetch {
  const httpsFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const outgoing = request(url, { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
          resolve(new Response(Uint8Array.from(Buffer.concat(chunks)), { status: incoming.statusCode ?? 0, headers }));
        });
      });
      outgoing.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      init.signal?.addEventListener('abort', () => outgoing.destroy(new DOMException('The operation was aborted.', 'AbortError')));
      outgoing.end(init.body ? Buffer.from(init.body as Uint8Array) : undefined);
    });
  return httpsFetch as typeof fetch;
}
