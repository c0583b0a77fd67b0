import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS_PER_RESOLVER, createUndiciDohFetch } from '../../src/cli/undici-doh-fetch.js';
import type { ReadHttpAnswer } from '../../src/dns/doh.js';
import { freePort } from '../support/dns/free-port.js';

/*
 * The CLI's DoH transport (undici's request(), answers read whole) against a loopback node:http
 * server: what the DoH client relies on from fetch (status, headers, body, no redirect followed,
 * the cap, abort, errors as fetch gives them), and what fetch did not give cheaply: one connection
 * for requests in turn, and a bounded number of them however many requests are in flight.
 */

const CAP = 100;
let server: Server;
let origin: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = createServer((request, response) => {
    // The connections requests came on (not those opened): a test counts the ones its requests used.
    sockets.add(request.socket);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/moved') return void response.writeHead(302, { location: 'http://example.net/' }).end();
    if (path === '/streamed') {
      // No Content-Length: the cap is found while reading.
      response.writeHead(200, { 'content-type': 'application/dns-message' });
      for (let i = 0; i < 50; i++) response.write(Buffer.alloc(CAP));
      return void response.end();
    }
    if (path === '/big') return void response.writeHead(200, { 'content-type': 'application/dns-message' }).end(Buffer.alloc(CAP * 50));
    if (path === '/hang') return;
    if (path === '/empty') return void response.writeHead(204).end();
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/dns-message' }).end(`${request.method} ${request.headers.accept} ${body}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createUndiciDohFetch', () => {
  const fetchCapped = createUndiciDohFetch(CAP);
  const ask = (path: string, init: RequestInit = {}) => fetchCapped(new URL(path, origin), init);
  const text = (answer: ReadHttpAnswer) => new TextDecoder().decode(answer.bodyBytes);

  it('sends the method, headers and byte body, and gives status, headers and body; one connection for requests in turn', async () => {
    sockets.clear();
    for (let i = 0; i < 3; i++) {
      const response = await ask('/dns-query', { method: 'POST', headers: { accept: 'application/dns-message' }, body: new TextEncoder().encode(`q${i}`) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/dns-message');
      expect(text(response)).toBe(`POST application/dns-message q${i}`);
    }
    expect(sockets.size).toBe(1);
  });

  it('keeps at most CONNECTIONS_PER_RESOLVER connections to a resolver, however many requests are in flight', async () => {
    sockets.clear();
    const bodies = await Promise.all(
      Array.from({ length: CONNECTIONS_PER_RESOLVER * 5 }, async (_, i) => text(await ask('/dns-query', { method: 'POST', body: new TextEncoder().encode(`p${i}`) }))),
    );
    expect(bodies).toEqual(Array.from({ length: CONNECTIONS_PER_RESOLVER * 5 }, (_, i) => `POST undefined p${i}`));
    expect(sockets.size).toBeGreaterThan(0);
    expect(sockets.size).toBeLessThanOrEqual(CONNECTIONS_PER_RESOLVER);
  });

  it('gives a status without a body as such, and the connection serves the next request', async () => {
    sockets.clear();
    const empty = await ask('/empty');
    expect(empty.status).toBe(204);
    expect(text(empty)).toBe('');
    expect(text(await ask('/dns-query'))).toBe('GET undefined ');
    expect(sockets.size).toBe(1);
  });

  it('hands a redirect back as it came, never following it', async () => {
    const response = await ask('/moved', { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://example.net/');
  });

  it('cuts a body past the cap at one byte more, so the caller refuses it as too big: by its Content-Length, or while reading it', async () => {
    expect((await ask('/big')).bodyBytes.byteLength).toBe(CAP + 1);
    expect((await ask('/streamed')).bodyBytes.byteLength).toBe(CAP + 1);
    // The connection cut short is not reused: the next request still gets its whole answer.
    expect(text(await ask('/dns-query'))).toBe('GET undefined ');
  });

  it('rejects as fetch does: a TypeError with the system error as cause, or the signal reason once aborted', async () => {
    const down = `http://127.0.0.1:${await freePort()}/dns-query`;
    const refused = await fetchCapped(new URL(down), {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError & { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
    const controller = new AbortController();
    const hanging = ask('/hang', { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(hanging).rejects.toThrow('stop');
  });
});
