import type { Answer } from 'dns-packet';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeDohFetch } from '../support/fake-doh-fetch.js';
import { runBuiltCli } from './run-built-cli.js';

/** `records|check <domain> --template FILE.json [--group ID]… [--host SUB] --var …` and `services export`. */
const TEMPLATES = new URL('../data/domain-connect/templates/', import.meta.url).pathname;
const O365 = `${TEMPLATES}microsoft.com.o365.json`;
const TITAN = `${TEMPLATES}titan.email.titan-mail-hosting.json`;

describe('records --template (built CLI)', () => {
  it('applies an official template: upper-case variables given in any case, groups, JSON service dc:<providerId>/<serviceId>', async () => {
    const run = await runBuiltCli(['records', 'example.com', '--template', O365, '--group', 'Outlook', '--group', 'Verification',
      '--var', 'mx=example-com.a-v1.mx.microsoft', '--var', 'AUTODISCOVER=autodiscover.outlook.com', '--var', 'SPFRULES=include:spf.protection.outlook.com',
      '--var', 'VERIFYTXT=MS=ms12345678', '--format', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout) as { service: string; records: { type: string; name: string; value: string }[] };
    expect(json.service).toBe('dc:microsoft.com/O365');
    expect(json.records.map((r) => `${r.type} ${r.name} ${r.value}`)).toEqual([
      'MX example.com example-com.a-v1.mx.microsoft',
      'TXT example.com MS=ms12345678',
      'TXT example.com v=spf1 include:spf.protection.outlook.com ~all',
      'CNAME autodiscover.example.com autodiscover.outlook.com',
    ]);
  });

  it('--host applies the template below the domain', async () => {
    const run = await runBuiltCli(['records', 'example.com', '--template', TITAN, '--host', 'shop', '--format', 'zone']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("shop IN MX 10 mx1.titan.email.\nshop IN MX 20 mx2.titan.email.\nshop IN TXT \"v=spf1 include:spf.titan.email ~all\"");
  });

  it('exits 2 naming every missing variable, an unknown group, a bad file; --group without --template', async () => {
    const missing = await runBuiltCli(['records', 'example.com', '--template', O365, '--group', 'DKIM']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'The template needs a value for DKIMSEL1, DKIMSEL2: give each one (--var NAME=VALUE on the command line).\n']);
    const group = await runBuiltCli(['records', 'example.com', '--template', TITAN, '--group', 'nope', '--lang', 'fr']);
    expect([group.code, group.stderr]).toEqual([2, 'Le modèle n’a pas de groupe «\u00a0nope\u00a0»\u202f; ses groupes sont\u00a0: mx-setup, spf-setup.\n']);
    const dir = mkdtempSync(join(tmpdir(), 'dsa-template-'));
    writeFileSync(join(dir, 'bad.json'), '{"providerId": "x"');
    const bad = await runBuiltCli(['records', 'example.com', '--template', join(dir, 'bad.json')]);
    expect([bad.code, bad.stderr]).toEqual([2, 'The template is not valid JSON: choose the providerId.serviceId.json file of a Domain Connect template.\n']);
    const absent = await runBuiltCli(['records', 'example.com', '--template', join(dir, 'absent.json')]);
    expect([absent.code, absent.stderr]).toEqual([2, `Cannot read the template ${join(dir, 'absent.json')} (ENOENT): check the path.\n`]);
    const alone = await runBuiltCli(['records', 'example.com', '--service', 'ovh-mx-plan', '--host', 'shop']);
    expect([alone.code, alone.stderr]).toEqual([2, '--host goes with --template FILE.json (a Domain Connect template): add it, or remove --host.\n']);
    const both = await runBuiltCli(['records', 'example.com', '--service', 'ovh-mx-plan', '--template', TITAN]);
    expect(both.code).toBe(2);
  });
});

describe('check --template (in-process, fake DoH)', () => {
  it('checks the template\'s records: JSON service dc:…, exit 0 when they are in place, 1 when one is missing', async () => {
    const answers: Record<string, Answer[]> = {
      'MX example.com': [10, 20].map((preference, i) => ({ type: 'MX', name: 'example.com', ttl: 3600, data: { preference, exchange: `mx${i + 1}.titan.email` } })),
      'TXT example.com': [{ type: 'TXT', name: 'example.com', ttl: 3600, data: ['v=spf1 include:spf.titan.email ~all'] }],
      // What the include pulls in (a stand-in: the check follows includes, and one without SPF is a permerror).
      'TXT spf.titan.email': [{ type: 'TXT', name: 'spf.titan.email', ttl: 3600, data: ['v=spf1 ip4:192.0.2.0/24 ~all'] }],
    };
    const fake = fakeDohFetch((q) => ({ answers: answers[`${q.type} ${q.name}`] ?? [] }));
    const out = { stdout: '', stderr: '' };
    const io: CliIo = { env: { LANG: 'C' }, stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), stderrIsTty: false, fetch: fake.fetch };
    const args = ['check', 'example.com', '--template', TITAN, '--resolver', 'https://one.test/dns-query', '--format', 'json'];
    expect(await runCli(args, io)).toBe(0);
    const json = JSON.parse(out.stdout) as { service: string; results: { status: string }[] };
    expect(json.service).toBe('dc:titan.email/titan-mail-hosting');
    expect(json.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    delete answers['TXT example.com'];
    out.stdout = '';
    expect(await runCli(args, io)).toBe(1);
  });
});

describe('services export (built CLI)', () => {
  it('prints the service as a Domain Connect template; --provider-id changes the provider', async () => {
    const run = await runBuiltCli(['services', 'export', 'microsoft-365', '--provider-id', 'example.net']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ providerId: 'example.net', serviceId: 'microsoft-365', syncPubKeyDomain: 'example.net' });
  });

  it('exits 2 on an unknown service or a bad provider id', async () => {
    const unknown = await runBuiltCli(['services', 'export', 'nope']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/^Unknown service "nope": type dns-setup-assistant services export ID, with ID one of ovh-hosted-exchange, /)]);
    const bad = await runBuiltCli(['services', 'export', 'ovh-mx-plan', '--provider-id', 'a b']);
    expect(bad.code).toBe(2);
  });
});
