import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `host` against the shared loopback DoH servers (test/fixtures/zones/*.hosts.test.zone): the
 * documented JSON, the exit codes, and hostile `_domainconnect` values that must make the
 * assistant fetch nothing but its DNS questions.
 */

const dns = inject('dns');

describe('host through the built CLI', () => {
  it('prints the documented JSON and exits 0 for a known host', async () => {
    const run = await runBuiltCli(['host', 'godaddy.hosts.test', '--resolver', dns.plainUrl, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      domain: 'godaddy.hosts.test',
      zone: 'godaddy.hosts.test',
      nameservers: ['ns39.domaincontrol.com', 'ns40.domaincontrol.com'],
      dnsHost: { id: 'godaddy', name: 'GoDaddy', dnsPage: 'https://dcc.godaddy.com/control/portfolio/godaddy.hosts.test/settings?tab=dns', source: 'nameservers' },
      domainConnect: null,
    });
  });

  it('exits 0 for an unlisted host, named after the SOA, and says so in French', async () => {
    const run = await runBuiltCli(['host', 'vanity.hosts.test', '--resolver', dns.plainUrl, '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Le DNS de vanity.hosts.test est servi par example-hoster.co.uk (d’après le serveur primaire');
    expect(run.stdout).toContain('Hébergeur DNS\u00a0: example-hoster.co.uk (d’après l’enregistrement SOA de la zone)');
  });

  it('says an inferred DNS page is inferred', async () => {
    const run = await runBuiltCli(['host', 'cloudflare.hosts.test', '--resolver', dns.plainUrl]);
    expect(run.stdout).toContain('DNS page: https://dash.cloudflare.com/?to=/:account/cloudflare.hosts.test/dns/records (this address is inferred');
  });

  it('exits 1 when the domain does not exist, 3 when no resolver answers, 2 on bad input', async () => {
    const missing = await runBuiltCli(['host', 'not-registered.test', '--resolver', dns.plainUrl, '--format', 'json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ nameservers: [], dnsHost: null, domainConnect: null });
    const down = await runBuiltCli(['host', 'godaddy.hosts.test', '--resolver', dns.downUrl, '--deadline', '2000']);
    expect(down.code).toBe(3);
    expect(down.stdout).toContain('could not be told');
    for (const args of [['host'], ['host', 'exa mple.com'], ['host', 'a.test', 'b.test'], ['host', 'a.test', '--format', 'zone'], ['host', 'a.test', '--resolver', 'ftp://x']]) {
      const bad = await runBuiltCli(args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('hostile _domainconnect values', () => {
  it.each(['dc-loopback', 'dc-traversal', 'dc-userinfo', 'dc-port', 'dc-scheme'])('%s: nothing is fetched but DNS, and the table says why', async (name) => {
    const other: string[] = [];
    const recordingFetch = ((input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url.startsWith(dns.plainUrl)) return fetch(input, init);
      other.push(url);
      return Promise.reject(new TypeError('not allowed in this test'));
    }) as typeof fetch;
    let stdout = '';
    const code = await runCli(['host', `${name}.hosts.test`, '--resolver', dns.plainUrl], {
      env: { DSA_DOMAIN_CONNECT_HOSTS: '127.0.0.1:443 localhost:443' },
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      stderrIsTty: false,
      fetch: recordingFetch,
    });
    expect(other).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).toContain('is not a Domain Connect provider the assistant knows: nothing was fetched from it.');
    expect(stdout).toContain(`The DNS of ${name}.hosts.test is served by Cloudflare.`);
  });
});
