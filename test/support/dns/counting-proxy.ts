import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decode } from 'dns-packet';

/**
 * A DoH pass-through in front of dnsdist's plain-HTTP endpoint that counts what reaches the
 * servers: `/<resolver>/dns-query` stands for one resolver of a check (two paths, two resolvers
 * behind one server), and every request is counted under `<resolver> <TYPE> <name>`. What proves
 * that a fleet run asks each shared name once per resolver, that a cached answer is not asked
 * again, and (with `holdUntilInFlight`) that queries overlap — observed, never timed.
 */
export interface CountingProxy {
  /** The DoH URL of each resolver label given. */
  urls: string[];
  /** Requests so far, keyed `<resolver> <TYPE> <name>` (name lower case, no final dot). */
  counts(): Map<string, number>;
  /** The most requests that were in flight at one moment. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export interface CountingProxyOptions {
  /**
   * Holds every request until this many are in flight at once, then lets them all through: a
   * client that asks one after the other never gets its first answer (its own timeout ends it).
   */
  holdUntilInFlight?: number;
}

export async function startCountingProxy(
  upstreamUrl: string,
  resolvers: readonly string[],
  options: CountingProxyOptions = {},
): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const flights = inFlightGate(options.holdUntilInFlight ?? 1);
  const server = createServer((request, response) => {
    const landed = flights.enter();
    response.once('close', landed);
    forward(upstreamUrl, request, response, flights.opened, (resolver, type, name) => {
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
    maxInFlight: () => flights.max(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Counts requests in flight; `opened` settles once `threshold` of them were in flight together. */
function inFlightGate(threshold: number) {
  let current = 0;
  let max = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    opened,
    max: () => max,
    /** One more request in flight; the function returned ends it (once). */
    enter(): () => void {
      current += 1;
      max = Math.max(max, current);
      if (current >= threshold) open();
      let ended = false;
      return () => {
        if (!ended) current -= 1;
        ended = true;
      };
    },
  };
}

async function forward(
  upstreamUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
  gate: Promise<void>,
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
  await gate;
  const upstream = await fetch(upstreamUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/dns-message', accept: 'application/dns-message' },
    body: query,
  });
  response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/dns-message' });
  response.end(Buffer.from(await upstream.arrayBuffer()));
}
