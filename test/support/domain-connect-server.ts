import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * A Domain Connect provider on loopback HTTPS (the test certificate, trusted by Node through
 * NODE_EXTRA_CA_CERTS in the CLI's child process): `GET /v2/{zone}/settings` answers what
 * `settings(zone, origin)` returns (an object is sent as JSON, a number is an HTTP status, a
 * string is sent as the raw body), and `GET /v2/domainTemplates/providers/{p}/services/{s}`
 * answers 200 for the templates listed, 404 for the others. Every request path is recorded.
 */
export interface DomainConnectServer {
  origin: string;
  /** `localhost:<port>`: the value of a `_domainconnect` record, and of DSA_DOMAIN_CONNECT_HOSTS. */
  address: string;
  requests: string[];
  close(): Promise<void>;
}

export type SettingsReply = object | number | string | { redirectTo: string };

export async function startDomainConnectServer(options: {
  certPath: string;
  keyPath: string;
  settings: (zone: string, origin: string) => SettingsReply;
  templates: readonly string[];
}): Promise<DomainConnectServer> {
  const requests: string[] = [];
  let origin = '';
  const server = createServer({ cert: readFileSync(options.certPath), key: readFileSync(options.keyPath) }, (request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const settings = /^\/v2\/([^/]+)\/settings$/.exec(path);
    const template = /^\/v2\/domainTemplates\/providers\/([^/]+)\/services\/([^/]+)$/.exec(path);
    if (settings) {
      const reply = options.settings(decodeURIComponent(settings[1]!), origin);
      if (typeof reply === 'number') response.writeHead(reply).end();
      else if (typeof reply === 'string') response.writeHead(200, { 'content-type': 'application/json' }).end(reply);
      else if ('redirectTo' in reply) response.writeHead(302, { location: (reply as { redirectTo: string }).redirectTo }).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    } else if (template && options.templates.includes(`${decodeURIComponent(template[1]!)}/${decodeURIComponent(template[2]!)}`)) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"version":1}');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `https://localhost:${port}`;
  return {
    origin,
    address: `localhost:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
