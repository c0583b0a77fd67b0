import type { Answer } from 'dns-packet';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { visibleText } from '../../../src/lib/visible-text.js';
import { fakeDohFetch } from '../../support/fake-doh-fetch.js';

/**
 * A support agent checks a customer's domain: its zone (or a hostile resolver) answers names
 * holding terminal control sequences. The table must print them as visible escapes, never raw.
 */
const DOMAIN = 'example.net';
const OSC52 = '\u001b]52;c;ZXZpbA==\u0007'; // writes the terminal's clipboard
const ERASE = '\u001b[2K\r'; // erases the line and rewrites it

const answers: Record<string, Answer[]> = {
  [`MX ${DOMAIN}`]: [{ type: 'MX', name: DOMAIN, ttl: 60, data: { preference: 1, exchange: `mx${OSC52}.evil.example` } }],
  [`NS ${DOMAIN}`]: [{ type: 'NS', name: DOMAIN, ttl: 60, data: `ns1${ERASE}OK.evil.example` }],
};

async function check(format: 'table' | 'json'): Promise<string> {
  const fake = fakeDohFetch((question) => ({ answers: answers[`${question.type} ${question.name}`] ?? [] }));
  let stdout = '';
  const io: CliIo = { env: { LANG: 'C' }, stdout: (text) => (stdout += text), stderr: () => undefined, stderrIsTty: false, fetch: fake.fetch };
  await runCli(['check', DOMAIN, '--service', 'ovh-mx-plan', '--resolver', 'https://one.test/dns-query', '--format', format], io);
  return stdout;
}

describe('DNS data on the terminal', () => {
  test('the table shows control characters as \\DDD, as zone files do', async () => {
    const table = await check('table');
    expect(table).toContain('example.net');
    // No C0 or C1 character but the table's own line breaks (names are lowercased on the way).
    expect([...table].filter((char) => char !== '\n' && (char < ' ' || (char >= '\u007f' && char <= '\u009f')))).toEqual([]);
    expect(table).toContain('mx\\027]52;c;zxzpba==\\007.evil.example');
    expect(table).toContain('ns1\\027[2k\\013ok.evil.example');
  });

  test('JSON keeps the exact bytes, escaped by JSON itself', async () => {
    const json = await check('json');
    expect(json).not.toContain('\u001b');
    expect(JSON.parse(json).nameservers).toEqual([`ns1${ERASE}OK.evil.example`.toLowerCase()]);
  });

  test('visibleText leaves printable text alone', () => {
    expect(visibleText('Bücher.example — “ok” 1 mx0.mail.ovh.net.')).toBe('Bücher.example — “ok” 1 mx0.mail.ovh.net.');
    expect(visibleText('a\tb\nc\u009bd')).toBe('a\\009b\\010c\\155d');
  });
});
