import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/dns/run-check.js';
import { fakeDohFetch } from '../../support/fake-doh-fetch.js';
import { settlesAt } from '../../support/fake-clock.js';
import { setOf } from './zone-observations.js';

// runCheck's schedule on a fake DoH fetch: what is asked, when, and how often. The same against
// the real loopback servers (and their hanging resolver) is in test/integration/run-check*.test.ts.

const ONE = 'https://one.test/dns-query';
const TWO = 'https://two.test/dns-query';
const txt = (name: string, text: string): Answer => ({ type: 'TXT', name, ttl: 300, data: [text] });

describe('runCheck', () => {
  it("asks the service's own SPF includes in the first round, and each question once per check", async () => {
    // A request sent before any answer came back belongs to the first round trip.
    let answered = 0;
    const later: string[] = [];
    const fake = fakeDohFetch(async (question) => {
      if (answered > 0) later.push(`${question.type} ${question.name}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      answered++;
      if (question.type === 'TXT' && question.name === 'example.com') return { answers: [txt('example.com', 'v=spf1 include:mx.ovh.com ~all')] };
      // The include is unreadable (SERVFAIL is never cached): asking it again would cost a round trip.
      if (question.name === 'mx.ovh.com') return { rcode: 'SERVFAIL' };
      return {};
    });
    const report = await runCheck({ set: setOf('ovh-mx-plan', {}), resolvers: [ONE, TWO], fetch: fake.fetch });
    expect(later).toEqual([]);
    const asked = fake.calls.map((call) => call.split(' ').slice(1).join(' '));
    expect(asked.filter((q) => q === 'TXT mx.ovh.com')).toHaveLength(2);
    expect(new Set(asked).size * 2).toBe(asked.length);
    expect(report.results.find((r) => r.type === 'TXT')!.status).toBe('error');
  });

  it('skips the SPF expansion when no resolver answered for the policy', async () => {
    const fake = fakeDohFetch((question) => (question.type === 'TXT' && question.name === 'example.com' ? { httpStatus: 503 } : { answers: [] }));
    const progress: string[] = [];
    await runCheck({ set: setOf('ovh-mx-plan', {}), resolvers: [ONE], fetch: fake.fetch, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    // mx.ovh.com is asked ahead once; nothing past it (no expansion of a policy nobody read).
    expect(fake.calls.filter((call) => call.endsWith('TXT mx.ovh.com'))).toHaveLength(1);
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1$/);
  });

  it('asks the _domainconnect TXT only when Domain Connect discovery will read it', async () => {
    const asked = async (domainConnect: boolean) => {
      const fake = fakeDohFetch(() => ({}));
      const noDiscovery: typeof fetch = () => Promise.reject(new Error('no discovery in this test'));
      await runCheck({ set: setOf('ovh-mx-plan', {}), resolvers: [ONE], fetch: fake.fetch, ...(domainConnect && { domainConnect: { fetch: noDiscovery } }) });
      return fake.calls.filter((call) => call.includes('_domainconnect.'));
    };
    // `check --domains` gives no discovery: a fleet does not pay one request a domain for answers nobody reads.
    expect(await asked(false)).toEqual([]);
    expect(await asked(true)).toEqual([`${ONE} TXT _domainconnect.example.com`]);
  });

  it('returns by its deadline whatever the resolvers do, with the rows not verified', async () => {
    const fake = fakeDohFetch(() => 'hang-ignoring-abort');
    const report = await settlesAt(150, () => runCheck({ set: setOf('ovh-mx-plan', {}), resolvers: [ONE, TWO], fetch: fake.fetch, timeoutMs: 4000, deadlineMs: 150 }));
    expect(report.results.every((r) => r.status === 'error')).toBe(true);
    expect(report.results[0]!.byResolver[ONE]).toEqual({ error: "no answer within the check's deadline of 150 ms" });
  });
});
