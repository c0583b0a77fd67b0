import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCertificate } from '../support/dns/certificate.js';
import { startLoopbackDns, type RunningLoopbackDns } from '../support/dns/loopback-dns.js';
import { startDomainConnectServer, type DomainConnectServer, type SettingsReply } from '../support/domain-connect-server.js';
import { requireBinaries } from '../support/require-binary.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * Domain Connect discovery through the built CLI: a loopback HTTPS provider (a self-signed
 * certificate, trusted with NODE_EXTRA_CA_CERTS as the other loopback servers are) and zones
 * whose `_domainconnect` record names it. The record must hold the provider's port, known only
 * once it listens, so these zones are written here and served by a loopback unbound of this file's own.
 */

let dc: DomainConnectServer;
let dns: RunningLoopbackDns;
let directory: string;
let certPath: string;

const SETTINGS: Record<string, (origin: string) => SettingsReply> = {
  'dc.test': (origin) => ({
    providerId: 'exampledns.test',
    providerName: 'ExampleDNS',
    providerDisplayName: 'Example DNS',
    urlSyncUX: `${origin}/sync`,
    urlAPI: origin,
    urlControlPanel: `${origin}/panel/%domain%/dns`,
  }),
  'dc-known.test': (origin) => ({ providerId: 'cloudflare.com', providerName: 'Cloudflare', urlAPI: origin }),
  'dc-hostile.test': () => ({ providerId: 'x', providerName: 'Evil\u001b]52;c;aGk=\u0007', urlAPI: 'https://127.0.0.1:1' }),
  'dc-huge.test': () => `{"providerId":"${'x'.repeat(100_000)}"}`,
  'dc-redirect.test': (origin) => ({ redirectTo: `${origin}/v2/dc.test/settings` }),
  'dc-stale.test': () => 404,
};

function zoneFile(zone: string, txt: string): string {
  return [
    `$ORIGIN ${zone}.`,
    '$TTL 3600',
    `@ IN SOA amy.ns.cloudflare.com. hostmaster.${zone}. 2026120601 3600 600 86400 300`,
    '@ IN NS amy.ns.cloudflare.com.',
    '@ IN NS kirk.ns.cloudflare.com.',
    `_domainconnect IN TXT "${txt}"`,
    '',
  ].join('\n');
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dsa-domain-connect-'));
  const { openssl } = requireBinaries([{ name: 'openssl', aptPackage: 'openssl' }]);
  const certificate = createTestCertificate(openssl!, directory, ['localhost', '127.0.0.1']);
  certPath = certificate.certPath;
  dc = await startDomainConnectServer({ ...certificate, settings: (zone, origin) => (SETTINGS[zone] ?? (() => 404))(origin), templates: ['microsoft.com/O365'] });
  for (const zone of Object.keys(SETTINGS)) await writeFile(join(directory, `${zone}.zone`), zoneFile(zone, dc.address));
  dns = await startLoopbackDns({ zonesDirectory: directory });
}, 60_000);

afterAll(async () => {
  await dc?.close();
  await dns?.stop();
  await rm(directory, { recursive: true, force: true });
});

async function host(domain: string, env: Record<string, string> = {}) {
  const run = await runBuiltCli(['host', domain, '--resolver', dns.info.plainUrl, '--format', 'json'], { NODE_EXTRA_CA_CERTS: certPath, ...env });
  return { ...run, json: run.stdout === '' ? undefined : JSON.parse(run.stdout) };
}

const allowed = () => ({ DSA_DOMAIN_CONNECT_HOSTS: dc.address });

describe('host: Domain Connect discovery against a loopback provider', () => {
  it('reads the settings of the provider the zone names, which then names the host', async () => {
    const { code, stderr, json } = await host('www.dc.test', allowed());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json).toEqual({
      domain: 'www.dc.test',
      zone: 'dc.test',
      nameservers: ['amy.ns.cloudflare.com', 'kirk.ns.cloudflare.com'],
      dnsHost: { id: 'dc:exampledns.test', name: 'Example DNS', dnsPage: `${dc.origin}/panel/dc.test/dns`, source: 'domain-connect' },
      domainConnect: { providerId: 'exampledns.test', providerName: 'ExampleDNS', urlSyncUX: `${dc.origin}/sync`, urlAPI: dc.origin, urlControlPanel: `${dc.origin}/panel/%domain%/dns` },
    });
    expect(dc.requests).toContain('/v2/dc.test/settings');
  });

  it('names a known provider by its host id', async () => {
    const { json } = await host('dc-known.test', allowed());
    expect(json.dnsHost).toMatchObject({ id: 'cloudflare', name: 'Cloudflare', source: 'domain-connect' });
  });

  it('contacts no provider the environment does not allow, and names the host from its name servers', async () => {
    const before = dc.requests.length;
    const { code, json } = await host('dc.test');
    expect(code).toBe(0);
    expect(dc.requests.length).toBe(before);
    expect(json.dnsHost).toMatchObject({ id: 'cloudflare', source: 'nameservers' });
    expect(json.domainConnect).toBeNull();
  });

  it.each(['dc-hostile.test', 'dc-huge.test', 'dc-redirect.test', 'dc-stale.test'])('ignores what %s serves, follows no redirect, and falls back to the name servers', async (zone) => {
    const before = dc.requests.length;
    const { code, json, stdout } = await host(zone, allowed());
    expect(code).toBe(0);
    expect(json.dnsHost).toMatchObject({ id: 'cloudflare', source: 'nameservers' });
    expect(json.domainConnect).toBeNull();
    expect(stdout).not.toContain('\u001b');
    // One request: the settings; never the redirect's target.
    expect(dc.requests.slice(before)).toEqual([`/v2/${zone}/settings`]);
  });

  it('says in the table why the provider was not used', async () => {
    const run = await runBuiltCli(['host', 'dc-stale.test', '--resolver', dns.info.plainUrl], { NODE_EXTRA_CA_CERTS: certPath, ...allowed() });
    expect(run.stdout).toContain('The DNS of dc-stale.test is served by Cloudflare.');
    expect(run.stdout).toContain('Domain Connect: The Domain Connect provider answered that it does not hold dc-stale.test (HTTP 404)');
  });

  it('check --service microsoft-365 probes the template and says the admin center can set the records up', async () => {
    const run = await runBuiltCli(
      ['check', 'dc.test', '--service', 'microsoft-365', '--var', 'mx=dc-test.mail.protection.outlook.com', '--var', 'verify=MS=ms12345678', '--resolver', dns.info.plainUrl, '--lang', 'fr'],
      { NODE_EXTRA_CA_CERTS: certPath, ...allowed() },
    );
    expect(dc.requests).toContain('/v2/domainTemplates/providers/microsoft.com/services/O365');
    expect(run.stdout).toContain('Le DNS de dc.test est servi par Example DNS.');
    expect(run.stdout).toContain('Example DNS prend en charge le modèle Domain Connect de Microsoft 365');
  });
});
