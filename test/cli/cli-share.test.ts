import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '../../src/share/share-code.js';
import { runBuiltCli } from './run-built-cli.js';

const SETUP = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd', '--var', 'dmarc=v=DMARC1; p=none'];

describe('dns-setup-assistant share', () => {
  it('prints a DSA1 code holding the setup as given', async () => {
    const run = await runBuiltCli(['share', 'café.example', ...SETUP]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^DSA1:[A-Za-z0-9_-]+\n$/);
    expect(decodeShareCode(run.stdout)).toEqual({
      ok: true,
      setup: {
        domain: 'café.example',
        service: 'ovh-hosted-exchange',
        vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd', dmarc: 'v=DMARC1; p=none' },
      },
    });
  });

  it('round-trips through records --code: same output as the setup typed out', async () => {
    const code = (await runBuiltCli(['share', 'café.example', ...SETUP])).stdout.trim();
    for (const format of ['json', 'zone', 'table']) {
      const direct = await runBuiltCli(['records', 'café.example', ...SETUP, '--format', format]);
      const viaCode = await runBuiltCli(['records', '--code', code, '--format', format]);
      expect(viaCode.code).toBe(0);
      expect(viaCode.stdout).toBe(direct.stdout);
    }
  });

  it('accepts a code with surrounding whitespace, as pasted', async () => {
    const code = (await runBuiltCli(['share', 'example.com', ...SETUP])).stdout;
    const run = await runBuiltCli(['records', `--code=  ${code}`, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).domain).toBe('example.com');
  });
});
