import { describe, expect, inject, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.js';

/*
 * `report` through the built CLI against the real loopback DoH servers (unbound behind dnsdist),
 * serving test/fixtures/zones/cli-*.test.zone: the Markdown a support agent pastes into a ticket.
 */
const dns = inject('dns');
const ONPREM = ['--service', 'exchange-onprem', '--var', 'ip=192.0.2.10', '--var', 'dmarc=v=DMARC1; p=none'];
const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];

describe('report against the loopback DoH server', () => {
  it('exits 0 when the zone is right: a heading naming the domain, every record OK with its expected value', async () => {
    const run = await runBuiltCli(['report', 'cli-ok.test', ...ONPREM, '--resolver', dns.plainUrl]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# DNS check report: cli-ok\.test\n/);
    expect(run.stdout).toContain('- Service: Exchange Server (on-premises) (exchange-onprem)');
    expect(run.stdout).toContain('- Variables: ip = `192.0.2.10`, dmarc = `v=DMARC1; p=none`');
    expect(run.stdout).toContain(`- Resolvers: ${dns.plainUrl}`);
    expect(run.stdout).toContain('**Summary**: Records checked: 5 — 5 OK');
    expect(run.stdout).toContain('#### 4. OK: SRV `_autodiscover._tcp.cli-ok.test`\n- Expected: `0 0 443 mail.cli-ok.test.`');
  });

  it('exits 1 on a broken zone, in French with --lang fr', async () => {
    const run = await runBuiltCli(['report', 'cli-broken.test', ...HOSTED, '--resolver', dns.plainUrl, '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^# Rapport de vérification DNS\u00a0: cli-broken\.test\n/);
    expect(run.stdout).toMatch(/#### \d+\. ABSENT\u00a0: CNAME `ab1cd-check\.cli-broken\.test`\n- Attendu\u00a0: `ovh\.com\.`/);
    expect(run.stdout).toMatch(/#### \d+\. INCORRECT\u00a0: SRV `_autodiscover\._tcp\.cli-broken\.test`/);
  });

  it('exits 3 when the resolver is down, and takes the setup from a code in pasted text', async () => {
    const code = (await runBuiltCli(['share', 'cli-ok.test', ...ONPREM])).stdout.trim();
    const run = await runBuiltCli(['report', '--code', `Bonjour, voici mon code : ${code}`, '--resolver', dns.downUrl], { LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('NON VÉRIFIÉ');
    expect(run.stdout).toMatch(/^# Rapport de vérification DNS\u00a0: cli-ok\.test/);
  });

  it('documents itself', async () => {
    const help = await runBuiltCli(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: dns-setup-assistant report <domain>/);
    expect(help.stdout).toMatch(/3 +nothing wrong was found/);
    expect((await runBuiltCli(['--help'])).stdout).toContain('dns-setup-assistant report <domain>');
  });
});
