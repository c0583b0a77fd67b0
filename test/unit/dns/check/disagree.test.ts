import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/dns/check/check.js';
import type { CheckRow } from '../../../../src/dns/check/types.js';
import type { SpfLookups } from '../../../../src/dns/check/spf.js';
import type { Observation } from '../../../../src/dns/types.js';
import { observe, R1, R2, setOf, twoResolvers } from '../zone-observations.js';

/** Resolvers that disagree, SERVFAIL on one, cached negative answers: the "wrong OK" cases of issue 11. */

const GUIDE_MX = ['1 mx0', '5 mx1', '50 mx2', '100 mx3', '200 mx4'].map((m) => `MX example.com ${m}.mail.ovh.net`);
const SPF = 'TXT example.com v=spf1 include:mx.ovh.com ~all';
const mxPlan = () => setOf('ovh-mx-plan', {});
const mxRows = (rows: CheckRow[]) => rows.filter((r) => r.type === 'MX');

/** R2's answer to one question replaced (the rest as R1 sees the zone). */
function withR2(observations: Observation[], question: string, answer: Observation['byResolver'][string]): Observation[] {
  return observations.map((o) => (`${o.type} ${o.name}` === question ? { ...o, byResolver: { ...o.byResolver, [R2]: answer } } : o));
}

describe('resolvers that disagree', () => {
  it('reads mismatch, never ok, when one resolver answers MX 0 mx.attacker.example and the other the right set', () => {
    const set = mxPlan();
    const attacker = observe(set, ['MX example.com 0 mx.attacker.example', SPF], [R2], { ttl: 600 });
    const rows = check(set, twoResolvers(observe(set, [...GUIDE_MX, SPF], [R1]), attacker));
    const mx = mxRows(rows);
    expect(mx.filter((r) => r.expected !== null).map((r) => r.status)).toEqual(Array(5).fill('mismatch'));
    // The attacker's MX is an extra record too: its own row, and the TTL left on it.
    expect(mx.find((r) => r.expected === null)).toMatchObject({ status: 'conflict', retryAfterSeconds: 600 });
    expect(mx[0]!.retryAfterSeconds).toBe(600);
    expect(mx[0]!.resolversDisagree).toBe(true);
    expect(mx[0]!.byResolver[R2]).toEqual(['0 mx.attacker.example.']);
  });

  it('reads mismatch when one resolver still has another DMARC policy', () => {
    const set = setOf('ovh-mx-plan', { dmarc: 'v=DMARC1; p=none' });
    const right = observe(set, [...GUIDE_MX, SPF, 'TXT _dmarc.example.com v=DMARC1; p=none'], [R1]);
    const other = observe(set, [...GUIDE_MX, SPF, 'TXT _dmarc.example.com v=DMARC1; p=reject'], [R2], { ttl: 120 });
    const dmarc = check(set, twoResolvers(right, other)).find((r) => r.name === '_dmarc.example.com')!;
    expect([dmarc.status, dmarc.retryAfterSeconds]).toEqual(['mismatch', 120]);
  });

  it('reads pending when one resolver has the record and the other a cached NXDOMAIN/NODATA, with the negative-cache time', () => {
    const set = mxPlan();
    const rows = check(set, twoResolvers(observe(set, [...GUIDE_MX, SPF], [R1]), observe(set, GUIDE_MX, [R2], { negativeTtl: 300 })));
    const spf = rows.find((r) => r.type === 'TXT')!;
    expect(spf.status).toBe('pending');
    expect(spf.retryAfterSeconds).toBe(300);
    expect(spf.message.en).toMatch(/^Not visible everywhere yet: TXT "v=spf1 include:mx\.ovh\.com ~all" is in place for some resolvers, but https:\/\/r2\.test\/dns-query still answers without it \(a cached answer, kept for up to 300 s\)/);
    expect(spf.message.fr).toMatch(/^Pas encore visible partout\u00a0: /);
    expect(mxRows(rows).every((r) => r.status === 'ok' && r.retryAfterSeconds === null)).toBe(true);
  });

  it('reads pending, not ok, when the other resolver answers NXDOMAIN for the name', () => {
    const set = mxPlan();
    const nxdomain = { ok: true as const, answer: { rcode: 'NXDOMAIN', ad: false, records: [], nameservers: [], negativeTtl: 900 } };
    const rows = check(set, withR2(observe(set, [...GUIDE_MX, SPF]), 'TXT example.com', nxdomain));
    expect(rows.find((r) => r.type === 'TXT')).toMatchObject({ status: 'pending', retryAfterSeconds: 900 });
  });

  it('reads missing when no resolver that answered has it, waiting for the longest negative cache', () => {
    const set = mxPlan();
    const rows = check(set, twoResolvers(observe(set, GUIDE_MX, [R1], { negativeTtl: 60 }), observe(set, GUIDE_MX, [R2], { negativeTtl: 300 })));
    expect(rows.find((r) => r.type === 'TXT')).toMatchObject({ status: 'missing', retryAfterSeconds: 300 });
  });

  it('reads error ("could not verify with …") when one resolver answers SERVFAIL for the name and the other has it', () => {
    const set = mxPlan();
    const servfail = { ok: true as const, answer: { rcode: 'SERVFAIL', ad: false, records: [], nameservers: [] } };
    const rows = check(set, withR2(observe(set, [...GUIDE_MX, SPF]), 'TXT example.com', servfail));
    const spf = rows.find((r) => r.type === 'TXT')!;
    expect([spf.status, spf.retryAfterSeconds]).toEqual(['error', null]);
    expect(spf.message.en).toMatch(/^Could not verify with https:\/\/r2\.test\/dns-query \(SERVFAIL: /);
    // A resolver that is only unreachable is noted in byResolver, and the row stays ok.
    const down = { ok: false as const, error: 'timed out after 4000 ms', errorText: { en: 'timed out after 4000 ms', fr: 'pas de réponse au bout de 4000\u00a0ms' } };
    expect(check(set, withR2(observe(set, [...GUIDE_MX, SPF]), 'TXT example.com', down)).find((r) => r.type === 'TXT')!.status).toBe('ok');
  });

  it('keeps missing and mismatch above a SERVFAIL elsewhere', () => {
    const set = mxPlan();
    const servfail = { ok: true as const, answer: { rcode: 'SERVFAIL', ad: false, records: [], nameservers: [] } };
    expect(check(set, withR2(observe(set, GUIDE_MX), 'TXT example.com', servfail)).find((r) => r.type === 'TXT')!.status).toBe('missing');
  });

  it('puts the worst resolver first, whichever resolver it is (property)', () => {
    const set = mxPlan();
    const line = fc.constantFrom(...GUIDE_MX, 'MX example.com 0 mx.attacker.example', SPF, 'TXT example.com v=spf1 -all', 'TXT example.com v=spf1 include:mx.ovh.com include:_spf.other.example ~all');
    const zone = fc.uniqueArray(line, { maxLength: 8 });
    fc.assert(
      fc.property(zone, zone, (first, second) => {
        const alone = check(set, observe(set, first, [R1]));
        const both = check(set, twoResolvers(observe(set, first, [R1]), observe(set, second, [R2])));
        const swapped = check(set, twoResolvers(observe(set, second, [R1]), observe(set, first, [R2])));
        const desired = (rows: CheckRow[]) => rows.filter((r) => r.expected !== null).map((r) => r.status);
        // The resolvers' order changes nothing, and a wrong answer anywhere is never hidden by a right one.
        expect(desired(swapped)).toEqual(desired(both));
        desired(alone).forEach((status, index) => {
          if (status === 'mismatch') expect(desired(both)[index]).toBe('mismatch');
          if (status === 'conflict') expect(['mismatch', 'conflict']).toContain(desired(both)[index]);
        });
      }),
    );
  });
});

describe('an SPF policy whose includes could not all be read (check-spf says error)', () => {
  const incomplete = (count: number): SpfLookups => ({
    count, voidLookups: 0, problems: [], incomplete: true, counted: 'in-place',
    warnings: [{ en: 'Could not read the SPF record of mx.ovh.com.', fr: 'Lecture impossible du SPF de mx.ovh.com.' }],
  });

  it('reads error while the lower bound is within the limit, and nothing to wait for', () => {
    const set = mxPlan();
    const spf = check(set, observe(set, [...GUIDE_MX, SPF]), incomplete(3)).find((r) => r.type === 'TXT')!;
    expect([spf.status, spf.retryAfterSeconds]).toEqual(['error', null]);
    expect(spf.message.en).toMatch(/^Could not verify this SPF record completely: .* Could not read the SPF record of mx\.ovh\.com\.$/);
  });

  it('keeps the rows above it in the table first: a policy to change, a resolver still without it', () => {
    const set = mxPlan();
    expect(check(set, observe(set, [...GUIDE_MX, 'TXT example.com v=spf1 -all']), incomplete(3)).find((r) => r.type === 'TXT')!.status).toBe('mismatch');
    const stale = twoResolvers(observe(set, [...GUIDE_MX, SPF], [R1]), observe(set, GUIDE_MX, [R2], { negativeTtl: 300 }));
    expect(check(set, stale, incomplete(3)).find((r) => r.type === 'TXT')).toMatchObject({ status: 'pending', retryAfterSeconds: 300 });
  });
});
