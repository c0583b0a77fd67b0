import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeepAliveFetch } from '../../src/cli/keep-alive-fetch.js';
import { freePort } from '../support/dns/free-port.js';

/*
 * The CLI's DoH transport against a loopback node:http server: what the DoH client relies on
 * from fetch (status, headers, body, no redirect followed, the cap, abort, errors as fetch
 * gives them), and the one thing fetch did not give cheaply: one connection for many requests.
 */

const CAP = 100;
let server: Server;
let origin: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/moved') return void response.writeHead(302, { location: 'http://example.net/' }).end();
    if (path === '/big') return void response.writeHead(200, { 'content-type': 'application/dns-message' }).end(Buffer.alloc(CAP * 50));
    if (path === '/hang') return;
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/dns-message' }).end(`${request.method} ${request.headers.accept} ${body}`));
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createKeepAliveFetch', () => {
  const fetchCapped = createKeepAliveFetch(CAP);

  it('sends the method, headers and byte body, and gives status, headers and body; one connection for requests in turn', async () => {
    sockets.clear();
    for (let i = 0; i < 3; i++) {
      const response = await fetchCapped(`${origin}/dns-query`, { method: 'POST', headers: { accept: 'application/dns-message' }, body: new TextEncoder().encode(`q${i}`) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/dns-message');
      expect(await response.text()).toBe(`POST application/dns-message q${i}`);
    }
    expect(sockets.size).toBe(1);
  });

  it('hands a redirect back as it came, never following it', async () => {
    const response = await fetchCapped(`${origin}/moved`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://example.net/');
  });

  it('cuts a body past the cap at one byte more, so the caller refuses it as too big', async () => {
    const response = await fetchCapped(`${origin}/big`);
    expect((await response.arrayBuffer()).byteLength).toBe(CAP + 1);
  });

  it('rejects as fetch does: a TypeError with the system error as cause, or the signal reason once aborted', async () => {
    const down = `http://127.0.0.1:${await freePort()}/dns-query`;
    const refused = await fetchCapped(down).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError & { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
    const controller = new AbortController();
    const hanging = fetchCapped(`${origin}/hang`, { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(hanging).rejects.toThrow('stop');
  });
});
