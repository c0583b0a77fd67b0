import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/share/share-code.js';
import { runBuiltCli } from './run-built-cli.js';

/**
 * What a usage error quotes comes from the command line or a pasted code: an ESC sequence in
 * it must reach the terminal as visible text (\DDD, \u{…}), never as an OSC 52 clipboard write
 * or a line erase, and the error stays one line.
 */
const OSC52 = '\u001b]52;c;ZXZpbA==\u0007';
const ERASE = '\u001b[2K\r';
const RLO = '\u202e';
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net'];

const CASES: [string, string[], string][] = [
  ['an unknown command', [`frob${OSC52}`], 'frob\\027]52;c;ZXZpbA==\\007'],
  ['a domain', ['records', `exa${ERASE}mple.com`, ...HOSTED], 'exa\\027[2K\\013mple.com" contains the control character \\027'],
  ['an unexpected argument', ['records', 'example.com', `x${RLO}gpj.exe`, ...HOSTED], 'x\\u{202E}gpj.exe'],
  ['a service id', ['records', 'example.com', '--service', `nope${OSC52}`], 'nope\\027]52'],
  ['a variable name', ['records', 'example.com', ...HOSTED, '--var', `bad${ERASE}=1`], '\\027[2K'],
  ['a format', ['records', 'example.com', ...HOSTED, '--format', `x${ERASE}`], 'x\\027[2K\\013'],
  ['a resolver', ['check', 'example.com', ...HOSTED, '--resolver', `not a url${OSC52}`], 'not a url\\027]52'],
  ['a code that is not one', ['records', '--code', `DSA1${OSC52}`], 'No share code'],
  ['the service inside a code', ['records', '--code', encodeShareCode({ domain: 'a.fr', service: `nope${OSC52}`, vars: {} }, 'dsa1')], 'service in this share code holds an invisible or control character (\\027)'],
  ['a variable inside a code', ['records', '--code', encodeShareCode({ domain: 'a.fr', service: 'ovh-mx-plan', vars: { region: `eu${RLO}` } })], 'region'],
];

describe('usage errors show hostile input as visible escapes, on one line', () => {
  it.each(CASES)('%s', async (_, args, shown) => {
    const run = await runBuiltCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(run.stderr.slice(0, -1)).not.toMatch(RAW);
    expect(run.stderr).toContain(shown);
  });

  it('refuses a --var value holding a control, bidi or invisible character, with a sentence', async () => {
    for (const [value, shown] of [
      [`ab1cd${ERASE}`, '\\027'],
      [`ab${RLO}1cd`, '\\u{202E}'],
      ['ab\u200b1cd', '\\u{200B}'],
      ['ab\u00ad1cd', '\\u{AD}'],
    ] as const) {
      const run = await runBuiltCli(['share', 'example.com', ...HOSTED, '--var', `token=${value}`]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`--var token holds an invisible or control character (${shown}): type the value again without it.\n`);
    }
    const fr = await runBuiltCli(['records', 'example.com', ...HOSTED, '--var', `dmarc=v=DMARC1; p=none${RLO}`, '--lang', 'fr']);
    expect(fr.stderr).toBe('--var dmarc contient un caractère invisible ou de contrôle (\\u{202E})\u00a0: retapez la valeur sans lui.\n');
  });

  it('keeps accents and IDN as they are', async () => {
    const run = await runBuiltCli(['records', 'café.example', '--service', 'nope']);
    expect(run.stderr).toContain('Unknown service "nope"');
    const idn = await runBuiltCli(['records', 'example.com', 'bücher.example', ...HOSTED]);
    expect(idn.stderr).toContain('Unexpected argument "bücher.example"');
  });
});
