import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decode } from 'dns-packet';

/**
 * A DoH pass-through in front of dnsdist's plain-HTTP endpoint that counts what reaches the
 * servers: `/<resolver>/dns-query` stands for one resolver of a check (two paths, two resolvers
 * behind one server), and every request is counted under `<resolver> <TYPE> <name>`. What proves
 * that a fleet run asks each shared name once per resolver.
 */
export interface CountingProxy {
  /** The DoH URL of each resolver label given. */
  urls: string[];
  /** Requests so far, keyed `<resolver> <TYPE> <name>` (name lower case, no final dot). */
  counts(): Map<string, number>;
  close(): Promise<void>;
}

export async function startCountingProxy(upstreamUrl: string, resolvers: readonly string[]): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    forward(upstreamUrl, request, response, (resolver, type, name) => {
      const key = `${resolver} ${type} ${name.toLowerCase().replace(/\.$/, '')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`The counting proxy could not reach dnsdist: ${error.message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: resolvers.map((resolver) => `${origin}/${resolver}/dns-query`),
    counts: () => new Map(counts),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function forward(
  upstreamUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
  count: (resolver: string, type: string, name: string) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://proxy');
  const resolver = /^\/([a-z0-9-]+)\/dns-query$/.exec(url.pathname)?.[1];
  if (resolver === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown path: use /<resolver>/dns-query.');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const query = request.method === 'POST' ? Buffer.concat(chunks) : Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
  const question = decode(query).questions?.[0];
  if (question) count(resolver, question.type, question.name);
  const upstream = await fetch(upstreamUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/dns-message', accept: 'application/dns-message' },
    body: query,
  });
  response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/dns-message' });
  response.end(Buffer.from(await upstream.arrayBuffer()));
}
