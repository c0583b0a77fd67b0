import { describe, expect, it } from 'vitest';
import { memoryIo } from '../support/memory-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { runBuiltCli } from './run-built-cli.js';

/**
 * Every command that takes a domain reads it with the one name rule (src/records/names/): a bad
 * name is exit 2 with one sentence on stderr, nothing on stdout, no network (the fetch throws),
 * and nothing of the input echoed raw.
 */
const HOSTED = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net'];
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

const BAD_NAMES: [string, string, string][] = [
  ['a doubled final dot', 'example.com..', 'empty label'],
  ['a dot at the start', '.example.com', 'empty label'],
  ['a single label', 'exemple', 'single label'],
  ['an IP address', '192.0.2.10', 'all-digit'],
  ['invalid punycode', 'xn--55555577.com', 'not a valid xn-- label'],
  ['a zero-width space', 'exa\u200bmple.com', '\\u{200B}'],
  ['a bidi override', 'exa\u202emple.com', '\\u{202E}'],
  ['a C1 control', 'exa\u009bmple.com', '\\155'],
  ['an OSC 52 write', 'exa\u001b]52;c;ZXZpbA==\u0007mple.com', '\\027]52'],
  ['an underscore', 'my_shop.com', 'underscore'],
  ['a label of 64 letters', `${'a'.repeat(64)}.com`, 'at most 63'],
  ['an empty domain', '  ', 'empty'],
];

function refusingIo() {
  return memoryIo({ fetch: () => Promise.reject(new Error('no query may be sent for a refused name')) });
}

describe('a bad domain on the command line', () => {
  for (const command of ['records', 'check', 'report', 'share'] as const) {
    it.each(BAD_NAMES)(`${command}: %s is exit 2 with a sentence, nothing raw`, async (_, name, says) => {
      const { io, out } = refusingIo();
      expect(await runCli([command, name, ...HOSTED], io)).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^[^\n]+[.]\n$/);
      expect(out.stderr).toContain(says);
      expect(out.stderr).not.toMatch(RAW);
    });
  }

  it('is refused in French with --lang fr', async () => {
    const { io, out } = refusingIo();
    expect(await runCli(['records', 'example.com..', ...HOSTED, '--lang', 'fr'], io)).toBe(2);
    expect(out.stderr).toContain('label vide');
  });

  it('with --template, and a bad --host', async () => {
    const { io, out } = refusingIo();
    const template = 'test/data/domain-connect/templates/microsoft.com.o365.json';
    expect(await runCli(['records', 'exemple', '--template', template], io)).toBe(2);
    expect(out.stderr).toContain('single label');
    const host = refusingIo();
    expect(await runCli(['records', 'example.com', '--template', template, '--host', '..'], host.io)).toBe(2);
    expect(host.out.stderr).toContain('--host');
    expect(host.out.stderr).toContain('empty label');
  });
});

describe('a domain the rule folds', () => {
  it('reads full-width letters as ASCII and a final dot once', async () => {
    const { io, out } = refusingIo();
    expect(await runCli(['records', 'ＥＸＡＭＰＬＥ．ｃｏｍ.', ...HOSTED, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).domain).toBe('example.com');
    expect(out.stderr).toBe('');
  });

  it('removes a soft hyphen and says so on stderr, escaped', async () => {
    const { io, out } = refusingIo();
    expect(await runCli(['records', 'exam\u00adple.com', ...HOSTED, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).domain).toBe('example.com');
    expect(out.stderr).toBe('Removed the invisible character U+00AD from "exam\\u{AD}ple.com": domain names ignore it.\n');
  });
});

describe('the built CLI', () => {
  it('refuses a bad name with exit 2 and one escaped line', async () => {
    const run = await runBuiltCli(['check', 'exa\u001b[2Kmple.com..', ...HOSTED]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('control character \\027');
  });
});
