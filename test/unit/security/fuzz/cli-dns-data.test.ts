import type { Answer } from 'dns-packet';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../../src/cli/run-cli.js';
import type { Question } from '../../../../src/dns/types.js';
import type { FakeReply } from '../../../support/fake-doh-fetch.js';
import { expectTerminalSafe } from './expect-safe.js';
import { fuzzIo } from './cli-io-for-fuzz.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams } from './fuzz-settings.js';
import { nearValid } from './hostile-text.js';

/**
 * A hostile zone (or resolver) answers the check: names and TXT strings holding terminal
 * controls, bidi characters and Markdown. The table, the report and the JSON show them as
 * visible escapes (JSON and check --domains' NDJSON with JSON's own \u escapes); the exit code stays a finding (0, 1, 3), never a crash.
 */
const DOMAIN = 'example.net';
const SERVICE = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd'];
const RESOLVERS = ['--resolver', 'https://one.test/dns-query', '--resolver', 'https://two.test/dns-query'];

const hostName = nearValid(fc.constantFrom('mx1.mail.ovh.net', 'ex5.mail.ovh.net', 'ovh.com', 'autodiscover.example.net', 'evil.example'), 3);
const txtString = nearValid(fc.constantFrom('v=spf1 include:mx.ovh.com ~all', 'v=DMARC1; p=none', 'v=spf1 -all', '*[x](javascript:alert(1))*'), 3);
const ttl = fc.nat(86400);
/** An answer of any type the check reads; its owner is set to the question's name when served. */
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ type: fc.constant('MX' as const), name: fc.constant(''), ttl, data: fc.record({ preference: fc.nat(65535), exchange: hostName }) }),
  fc.record({ type: fc.constant('TXT' as const), name: fc.constant(''), ttl, data: fc.array(txtString, { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('CNAME' as const), name: fc.constant(''), ttl, data: hostName }),
  fc.record({ type: fc.constant('NS' as const), name: fc.constant(''), ttl, data: hostName }),
  fc.record({ type: fc.constant('SRV' as const), name: fc.constant(''), ttl, data: fc.record({ priority: fc.nat(65535), weight: fc.nat(65535), port: fc.nat(65535), target: hostName }) }),
);

type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

/** A few answer sets, each question (per resolver when `split`) served one of them, picked by a hash of the question. */
const zoneArb = fc.record({
  answerSets: fc.array(fc.array(answerArb, { maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  split: fc.boolean(),
  rcodes: fc.array(fc.constantFrom<Rcode>('NOERROR', 'NOERROR', 'NOERROR', 'NXDOMAIN', 'SERVFAIL'), { minLength: 1, maxLength: 4 }),
  truncatedOne: fc.nat(10),
});
type Zone = typeof zoneArb extends fc.Arbitrary<infer Z> ? Z : never;

function replyFor(zone: Zone) {
  return (question: Question, resolverUrl?: string): FakeReply => {
    const key = `${zone.split ? resolverUrl : ''} ${question.type} ${question.name}`;
    const hash = Math.abs([...key].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) | 0, 7));
    const answers = (zone.answerSets[hash % zone.answerSets.length] ?? []).map((answer) => ({ ...answer, name: question.name }));
    return { rcode: zone.rcodes[hash % zone.rcodes.length], answers, truncated: hash % 11 === zone.truncatedOne };
  };
}

describe('fuzz: hostile DNS data through check and report', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('tables, reports and JSON show hostile answers as visible escapes', async () => {
    await fc.assert(
      fc.asyncProperty(zoneArb, fc.constantFrom(['check', DOMAIN, '--format', 'table'], ['check', DOMAIN, '--format', 'json'], ['check', '--domains', '-'], ['report', DOMAIN], ['report', DOMAIN, '--lang', 'fr']), async (zone, command) => {
        const { io, out } = fuzzIo({ errorCode: 'ENOENT' }, replyFor(zone), new TextEncoder().encode(`${DOMAIN}\n`));
        const code = await runCli([...command, ...SERVICE, ...RESOLVERS], io);
        expect([0, 1, 3], `exit ${code}: ${out.stderr}`).toContain(code);
        expect(out.stderr).toBe('');
        expectTerminalSafe(out.stdout, command.join(' '));
      }),
      fuzzParams('cliWithDnsData'),
    );
  });
});
