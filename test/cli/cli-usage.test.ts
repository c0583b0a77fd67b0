import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/share/share-code.js';
import { runBuiltCli } from './run-built-cli.js';

const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];

/** Each bad command line, and a piece of text its one stderr line must contain (the bad value). */
const BAD_USAGE: [string[], string][] = [
  [[], 'No command given'],
  [['frobnicate'], '"frobnicate"'],
  [['services', '--format', 'xml'], '"xml"'],
  [['services', 'extra'], '"extra"'],
  [['records'], 'No domain given'],
  [['records', 'example.com'], 'No service given'],
  [['records', 'example.com', '--service', 'no-such-service'], '"no-such-service"'],
  [['records', 'example.com', '--service', 'ovh-hosted-exchange'], 'server is required'],
  [['records', 'example.com', ...HOSTED, '--var', 'bogus=1'], '"bogus"'],
  [['records', 'example.com', ...HOSTED, '--var', 'novalue'], '"novalue"'],
  [['records', 'example.com', ...HOSTED, '--var', 'token=again'], 'token'],
  [['records', 'example.com', '--service', 'ovh-private-exchange', '--var', 'server_name=exchange', '--var', 'ipv4=300.1.1.1'], '300.1.1.1'],
  [['records', 'exa..mple.com', ...HOSTED], 'exa..mple.com'],
  [['records', 'example.com', ...HOSTED, '--format', 'yaml'], '"yaml"'],
  [['records', 'example.com', ...HOSTED, '--frob'], '--frob'],
  [['records', 'example.com', 'other.com', ...HOSTED], '"other.com"'],
  [['records', 'example.com', '--service', 'a', '--service', 'b'], '--service'],
  [['records', '--code', 'not-a-code'], 'DSA1:'],
  [['records', '--code', 'DSA1:!!!'], 'damaged'],
  [['records', 'example.com', '--code', encodeShareCode({ domain: 'a.fr', service: 'ovh-mx-plan', vars: {} })], '--code'],
  [['records', '--code', encodeShareCode({ domain: 'a.fr', service: 'nope', vars: {} })], '"nope"'],
  [['check', 'example.com', ...HOSTED, '--timeout', 'soon'], '"soon"'],
  [['check', 'example.com', ...HOSTED, '--timeout', '0'], '"0"'],
  [['check', 'example.com', ...HOSTED, '--deadline', 'later'], '--deadline "later"'],
  [['check', 'example.com', ...HOSTED, '--deadline', '600001'], '"600001"'],
  [['check', 'example.com', ...HOSTED, '--deadline', '1', '--deadline', '2'], '--deadline'],
  [['check', 'example.com', ...HOSTED, '--resolver', 'not a url'], '"not a url"'],
  [['check', 'example.com', ...HOSTED, '--resolver', 'ftp://dns.example/dns-query'], 'ftp://dns.example/dns-query'],
  [['check', 'example.com', ...HOSTED, '--resolver', 'https://dns.example/dns-query?dns=AAAB'], 'https://dns.example/dns-query?dns=AAAB'],
  [['check', 'example.com', ...HOSTED, '--lang', 'de'], '"de"'],
  [['check', 'example.com', '--service'], '--service'],
  [['share'], 'No domain given'],
  [['share', 'example.com', '--service', 'ovh-hosted-exchange'], 'server is required'],
  [['share', 'example.com', ...HOSTED, '--code', 'DSA1:x'], '--code'],
];

describe('usage errors: exit 2 and one stderr line naming the bad value', () => {
  it.each(BAD_USAGE)('%j', async (args, named) => {
    const run = await runBuiltCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(run.stderr).toContain(named);
  });

  it('speaks the language of LANG, and --lang wins over it', async () => {
    const fromLang = await runBuiltCli(['records', 'example.com', '--service', 'nope'], { LANG: 'fr_FR.UTF-8' });
    expect(fromLang.stderr).toContain('Service inconnu «\u00a0nope\u00a0»');
    const fromOption = await runBuiltCli(['records', 'example.com', '--service', 'nope', '--lang', 'en'], { LANG: 'fr_FR.UTF-8' });
    expect(fromOption.stderr).toContain('Unknown service "nope"');
    const usageFr = await runBuiltCli(['check', 'example.com', ...HOSTED, '--timeout', 'x', '--lang=fr']);
    expect(usageFr.stderr).toContain('n’est pas un nombre de millisecondes');
    expect(usageFr.code).toBe(2);
  });
});

describe('--help', () => {
  it.each([['--help'], ['-h'], ['records', '--help'], ['check', '--help'], ['share', '-h'], ['services', '--help']])('%j prints usage on stdout, exit 0', async (...args) => {
    const run = await runBuiltCli(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Usage/);
  });

  it('documents the exit codes, in French too', async () => {
    expect((await runBuiltCli(['check', '--help'])).stdout).toMatch(/3 +nothing wrong was found/);
    expect((await runBuiltCli(['check', '--help'])).stdout).toMatch(/--deadline ms +time allowed to the whole check \(default 5000\)/);
    expect((await runBuiltCli(['--help'], { LANG: 'fr_CA.UTF-8' })).stdout).toContain('Codes de sortie');
  });
});
