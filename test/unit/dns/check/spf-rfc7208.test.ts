import { afterAll, describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../src/dns/check/types.js';
import { runCheck } from '../../../../src/dns/run-check.js';
import { normalizeName } from '../../../../src/records/normalize.js';
import { validateDomainName } from '../../../../src/records/validate-name.js';
import type { ZoneName } from '../../../../src/records/names/zone-name.js';
import type { DesiredSet } from '../../../../src/services/desired.js';
import { fakeDohFetch } from '../../../support/fake-doh-fetch.js';
import { answerFrom, identityDomain, loadSuite, type Scenario, type SuiteTest } from '../../../support/rfc7208-suite.js';

/*
 * The RFC 7208 test suite (test/data/rfc7208, as pyspf ships it) against the check engine: each
 * scenario's zone is served through a fake DoH fetch, `runCheck` checks the SPF record published at
 * the test's identity (MAIL FROM's domain, else HELO) as it checks a customer's, and its status is
 * compared with the suite's result where that result is about the PUBLISHED RECORD:
 *   permerror                       → mismatch (or conflict, for two records): receivers reject it
 *   pass, fail, softfail, neutral   → ok: the record works (whom it lets through is the owner's choice)
 *   temperror                       → error: could not verify
 *   none                            → missing: no SPF record there
 * The `explanation` strings of the suite are not compared: they are the text a receiver builds for
 * one sender, which a check of the record never evaluates.
 */

const RESOLVER = 'https://suite.test/dns-query';
const ACCEPTED: Record<string, CheckStatus[]> = {
  permerror: ['mismatch', 'conflict'],
  pass: ['ok'],
  fail: ['ok'],
  softfail: ['ok'],
  neutral: ['ok'],
  temperror: ['error'],
  none: ['missing'],
};

/**
 * Tests whose expected result does not judge the published record, each with why and what the
 * check says instead (asserted, so a change shows up here). `refused`: the CLI refuses the name.
 */
const NOT_APPLICABLE: Record<string, { reason: string; ours: CheckStatus | 'refused' }> = {
  'include-at-limit': {
    reason:
      'the record costs 11 lookups when no mechanism matches; the suite’s sender matches ip4:1.2.3.4 before the 11th, every other sender reaches it and gets permerror, so the check flags the record',
    ours: 'mismatch',
  },
  'invalid-domain-empty-label': { reason: 'RFC 7208 leaves the result undefined: the suite accepts fail or permerror', ours: 'ok' },
  'invalid-domain-long': { reason: 'RFC 7208 leaves the result undefined: the suite accepts fail or permerror', ours: 'ok' },
  'invalid-domain-long-via-macro': { reason: 'RFC 7208 leaves the result undefined: the suite accepts fail or permerror', ours: 'ok' },
  multispf1: { reason: 'two identical records, which DNS may merge into one: the suite accepts permerror or fail', ours: 'ok' },
  toolonglabel: { reason: 'SMTP identity processing: the MAIL FROM domain has a 64-character label, so receivers stop before any lookup', ours: 'refused' },
  emptylabel: { reason: 'SMTP identity processing: the MAIL FROM domain has empty labels, so receivers stop before any lookup', ours: 'refused' },
  'domain-literal': { reason: 'SMTP identity processing: the MAIL FROM domain is an address literal, which publishes no record', ours: 'refused' },
  'helo-domain-literal': { reason: 'SMTP identity processing: the HELO name is an address literal, which publishes no record', ours: 'refused' },
};

async function statusAt(scenario: Scenario, identity: string): Promise<CheckStatus> {
  // As the CLI reads a domain: the model's names are lowercase, without a final dot.
  const domain = normalizeName(identity);
  const set: DesiredSet = {
    // Cast, not parsed: some identities of the suite are names the form refuses, and the check must judge them all the same.
    domain: domain as ZoneName,
    serviceId: 'rfc7208-suite',
    vars: {},
    // No rule required: the check judges the record in place as it is.
    records: [{ type: 'TXT', name: domain, ttl: 3600, value: 'v=spf1 ~all', source: 'RFC 7208 test suite', spf: { rules: [], all: '~all' } }],
    alternatives: [],
  };
  const { fetch } = fakeDohFetch((question) => answerFrom(scenario.zone, question));
  const report = await runCheck({ set, resolvers: [RESOLVER], fetch });
  // With several SPF records the first row is the conflict that names them all.
  return report.results.find((row) => row.type === 'TXT')!.status;
}

const tally = { applicable: 0, passed: 0, notApplicable: 0 };
const scenarios = loadSuite();

describe.each(scenarios.map((s) => [s.description, s] as const))('RFC 7208 suite: %s', (_description, scenario) => {
  it.each(scenario.tests.map((t) => [t.id, t] as const))('%s', async (id: string, test: SuiteTest) => {
    const domain = identityDomain(test);
    const skip = NOT_APPLICABLE[id];
    if (skip) {
      tally.notApplicable += 1;
      if (skip.ours === 'refused') expect(validateDomainName(domain)).not.toEqual([]);
      else expect(await statusAt(scenario, domain)).toBe(skip.ours);
      return;
    }
    tally.applicable += 1;
    const status = await statusAt(scenario, domain);
    const accepted = test.results.flatMap((result) => ACCEPTED[result] ?? []);
    if (accepted.includes(status)) tally.passed += 1;
    expect(accepted, `${test.results.join('/')} in the suite, ${status} from the check of ${domain}`).toContain(status);
  });
});

afterAll(() => {
  const total = scenarios.reduce((sum, s) => sum + s.tests.length, 0);
  console.log(
    `RFC 7208 suite: ${tally.passed} of ${tally.applicable} applicable tests pass; ${tally.notApplicable} not applicable (listed in this file); ${total} in the suite.`,
  );
});
