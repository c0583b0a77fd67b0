import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { decode, encode } from 'dns-packet';
import type { Answer, DecodedPacket, Packet } from 'dns-packet';

/**
 * A DoH proxy in front of dnsdist that misbehaves on request, chosen by the path prefix:
 *   /dns-query              passes through
 *   /hang/dns-query         never answers
 *   /http500/dns-query      HTTP 500
 *   /garbage/dns-query      200 application/dns-message whose body is not DNS
 *   /wrong-type/dns-query   200 text/html (a captive portal, a web page instead of a resolver)
 *   /slow/<ms>/dns-query    passes through after <ms> milliseconds
 *   /ad/dns-query           passes through with the AD flag set, as a validating resolver would
 *   /tc/dns-query           GET: the answer truncated (TC set, records dropped); POST passes through
 *   /tc-always/dns-query    truncated whatever the method
 *   /redirect/<3xx>/dns-query   that status, Location: dnsdist's own plain-HTTP URL (from the TLS proxy: https → http)
 *   /swap/<from>/<to>/dns-query asks for the names under <to> instead of <from>, and answers under <from>
 *                           again: a second resolver that holds other data for the same zone
 * Faults the real servers cannot be made to produce on demand.
 */

export interface FaultProxy {
  port: number;
  close(): Promise<void>;
}

const DNS_MESSAGE = 'application/dns-message';
/** Byte 3 of a DNS header holds RA, Z, AD, CD and the rcode; AD is 0x20. */
const AD_BYTE = 3;
const AD_BIT = 0x20;
const TRUNCATED_FLAG = 1 << 9;
const NAME = '[a-z0-9.-]+';
const FAULT_PATH = new RegExp(`^(?:/(hang|http500|garbage|wrong-type|ad|tc|tc-always)|/slow/(\\d+)|/redirect/(30[1278])|/swap/(${NAME})/(${NAME}))?/dns-query$`);

export async function startFaultProxy(options: { upstreamUrl: string; tls?: { certPath: string; keyPath: string } }): Promise<FaultProxy> {
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    handle(options.upstreamUrl, request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`The fault proxy could not reach dnsdist: ${error.message}`);
    });
  };
  const server: Server = options.tls
    ? createHttpsServer({ cert: readFileSync(options.tls.certPath), key: readFileSync(options.tls.keyPath) }, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging requests hold their sockets open forever: cut them, or close() never returns.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(upstreamUrl: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://proxy');
  const fault = FAULT_PATH.exec(url.pathname);
  if (!fault) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown path: use /dns-query, or /<fault>/dns-query (see fault-proxy.ts).');
    return;
  }
  const [, kind, slowMs, redirectStatus, swapFrom, swapTo] = fault;
  const body = await readBody(request);
  if (redirectStatus) {
    response.writeHead(Number(redirectStatus), { location: `${upstreamUrl}${url.search}` }).end();
    return;
  }
  if (swapFrom && swapTo) {
    const query = request.method === 'POST' ? body : Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
    const answer = await exchange(upstreamUrl, renamed(decode(query), swapFrom, swapTo));
    response.writeHead(200, { 'content-type': DNS_MESSAGE }).end(encode(renamed(decode(answer), swapTo, swapFrom)));
    return;
  }
  switch (kind) {
    case 'hang':
      return; // Never answered; the socket is cut when the proxy closes.
    case 'http500':
      response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    case 'garbage':
      response.writeHead(200, { 'content-type': DNS_MESSAGE }).end('<html>this is not a DNS message</html>');
      return;
    case 'wrong-type':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Please log in</body></html>');
      return;
  }
  if (slowMs) await new Promise((resolve) => setTimeout(resolve, Number(slowMs)));
  const upstream = await fetch(`${upstreamUrl}${url.search}`, {
    method: request.method ?? 'GET',
    headers: { accept: DNS_MESSAGE, ...(request.method === 'POST' ? { 'content-type': DNS_MESSAGE } : {}) },
    ...(request.method === 'POST' ? { body: Uint8Array.from(body) } : {}),
  });
  const answer = Buffer.from(await upstream.arrayBuffer());
  if (kind === 'ad' && answer.length > AD_BYTE) answer[AD_BYTE] = answer[AD_BYTE]! | AD_BIT;
  const truncate = kind === 'tc-always' || (kind === 'tc' && request.method !== 'POST');
  const sent = truncate ? encode({ ...decode(answer), flags: decode(answer).flags! | TRUNCATED_FLAG, answers: [] }) : answer;
  response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? DNS_MESSAGE }).end(sent);
}

async function exchange(upstreamUrl: string, query: Packet): Promise<Buffer> {
  const upstream = await fetch(upstreamUrl, {
    method: 'POST',
    headers: { accept: DNS_MESSAGE, 'content-type': DNS_MESSAGE },
    body: Uint8Array.from(encode(query)),
  });
  return Buffer.from(await upstream.arrayBuffer());
}

/** The message with every name under `from` moved under `to`: owners, and the names inside the records. */
function renamed(packet: DecodedPacket, from: string, to: string): Packet {
  const move = (name: string): string => {
    const bare = name.replace(/\.$/, '');
    if (bare.toLowerCase() === from) return to;
    return bare.toLowerCase().endsWith(`.${from}`) ? `${bare.slice(0, -from.length)}${to}` : name;
  };
  const record = (answer: Answer): Answer => {
    const moved = { ...answer, name: move(answer.name) } as Answer;
    switch (moved.type) {
      case 'CNAME':
      case 'NS':
        return { ...moved, data: move(moved.data) };
      case 'MX':
        return { ...moved, data: { ...moved.data, exchange: move(moved.data.exchange) } };
      case 'SRV':
        return { ...moved, data: { ...moved.data, target: move(moved.data.target) } };
      case 'SOA':
        return { ...moved, data: { ...moved.data, mname: move(moved.data.mname), rname: move(moved.data.rname) } };
      default:
        return moved;
    }
  };
  return {
    ...packet,
    questions: (packet.questions ?? []).map((q) => ({ ...q, name: move(q.name) })),
    answers: (packet.answers ?? []).map(record),
    authorities: (packet.authorities ?? []).map(record),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
