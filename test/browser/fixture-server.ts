import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerServerRendered, siteFileFor } from '../fixtures/sites/kit/serve-site.js';

/** The pages the browser visits, over HTTPS under their real host names (mapped to this port). */
const ROOTS: Record<string, string> = {
  '/pages/': fileURLToPath(new URL('../fixtures/pages/', import.meta.url)),
  '/': fileURLToPath(new URL('../../demo/', import.meta.url)),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(tls: { certPath: string; keyPath: string }): Promise<FixtureServer> {
  const [cert, key] = await Promise.all([readFile(tls.certPath), readFile(tls.keyPath)]);
  const server = createServer({ cert, key }, async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'https://fixture').pathname);
    // Server-rendered Lab pages (a cPanel-like form posted with a full reload) answer their own routes.
    if (await answerServerRendered(request, response)) return;
    // Fixture sites (test/fixtures/sites/<id>/, built by `npm run build:fixtures`) answer by host name.
    const siteFile = siteFileFor(request.headers.host, path);
    if (siteFile) {
      const body = await readFile(siteFile).catch(() => undefined);
      if (!body) return void response.writeHead(404, { 'content-type': 'text/plain' }).end(`Fixture site not built: run npm run build:fixtures (${siteFile}).`);
      return void response.writeHead(200, { 'content-type': TYPES[extname(siteFile)] ?? 'application/octet-stream' }).end(body);
    }
    const prefix = Object.keys(ROOTS).find((root) => path.startsWith(root))!;
    const relative = normalize(path.slice(prefix.length) || 'dns-editor.html');
    // Only files inside the roots: the path was normalized, so `..` can't climb out.
    if (relative.startsWith('..')) return void response.writeHead(403).end();
    try {
      const body = await readFile(join(ROOTS[prefix]!, relative));
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture at ${path}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
