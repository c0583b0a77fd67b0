import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/dns/check/check.js';
import type { CheckRow } from '../../../../src/dns/check/types.js';
import type { Observation } from '../../../../src/dns/types.js';
import { observe, R1, R2, rec, setOf, twoResolvers } from '../zone-observations.js';

const TIMED_OUT = { en: 'timed out after 4000 ms', fr: 'pas de réponse au bout de 4000\u00a0ms' };

function statuses(rows: CheckRow[]): string[] {
  return rows.map((r) => `${r.status} ${r.type} ${r.name} ${r.expected ?? '-'}`);
}

const HOSTED = { server: 'ex5.mail.ovh.net', token: 'ab1cd' };
const GUIDE_MX = ['1 mx0', '5 mx1', '50 mx2', '100 mx3', '200 mx4'].map((m) => `MX example.com ${m}.mail.ovh.net`);
const PANEL_MX = GUIDE_MX.slice(0, 4);
const CORRECT = [
  ...GUIDE_MX,
  'TXT example.com v=spf1 include:mx.ovh.com ~all',
  'SRV _autodiscover._tcp.example.com 0 0 443 ex5.mail.ovh.net',
  'CNAME ab1cd-check.example.com ovh.com',
];

describe('check', () => {
  it('reads ok for every record of a correct zone', () => {
    const set = setOf('ovh-hosted-exchange', HOSTED);
    const rows = check(set, observe(set, CORRECT));
    expect(rows.map((r) => r.status)).toEqual(Array(8).fill('ok'));
    expect(rows[0]!.expected).toBe('1 mx0.mail.ovh.net.');
    expect(rows[5]!.expected).toBe('"v=spf1 include:mx.ovh.com ~all"');
    expect(rows[0]!.byResolver[R1]).toContain('5 mx1.mail.ovh.net.');
    expect(rows[0]!.ttl).toBe(3600);
  });

  it("accepts the control panel's 4-record MX set, with a note on the row it lacks", () => {
    const set = setOf('ovh-hosted-exchange', HOSTED);
    const rows = check(set, observe(set, [...PANEL_MX, ...CORRECT.slice(5)]));
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    expect(rows[4]!.message.en).toMatch(/control panel's own MX set/);
  });

  it("accepts the Canadian panel set whose priorities differ from the guide's", () => {
    const set = setOf('ovh-hosted-exchange', { ...HOSTED, region: 'ca' });
    const panel = ['1 mx1', '5 mx2', '50 mx3', '100 mx4'].map((m) => `MX example.com ${m}.mail.ovh.ca`);
    const rows = check(set, observe(set, [...panel, 'TXT example.com v=spf1 include:mx.ovh.ca ~all']));
    expect(rows.filter((r) => r.type === 'MX').map((r) => r.status)).toEqual(Array(5).fill('ok'));
  });

  it('flags a missing record, a wrong SRV port, an old MX of another provider', () => {
    const set = setOf('ovh-hosted-exchange', HOSTED);
    const zone = [...GUIDE_MX, 'MX example.com 10 mail.oldhost.net', 'SRV _autodiscover._tcp.example.com 0 0 80 ex5.mail.ovh.net'];
    const rows = check(set, observe(set, zone));
    expect(statuses(rows)).toEqual([
      ...GUIDE_MX.map((m) => `ok MX example.com ${m.split(' ').slice(2).join(' ')}.`),
      'conflict MX example.com -',
      'missing TXT example.com "v=spf1 include:mx.ovh.com ~all"',
      'mismatch SRV _autodiscover._tcp.example.com 0 0 443 ex5.mail.ovh.net.',
      'missing CNAME ab1cd-check.example.com ovh.com.',
    ]);
    expect(rows[5]!.message.en).toMatch(/MX 10 mail.oldhost.net. sends mail .*remove it/);
    expect(rows[7]!.message.en).toMatch(/0 0 80 ex5.mail.ovh.net. instead of 0 0 443/);
    expect(rows[7]!.message.fr).toMatch(/au lieu de/);
  });

  it('asks to merge an SPF record that lacks the include, keeping its all', () => {
    const set = setOf('ovh-mx-plan', {});
    const rows = check(set, observe(set, [...GUIDE_MX, 'TXT example.com v=spf1 include:_spf.google.com -all']));
    const spf = rows.find((r) => r.type === 'TXT')!;
    expect(spf.status).toBe('mismatch');
    expect(spf.message.en).toContain('v=spf1 include:_spf.google.com include:mx.ovh.com -all');
    // What the zone should hold is the merge, not the service's bare record the user would then add twice.
    expect(spf.expected).toBe('"v=spf1 include:_spf.google.com include:mx.ovh.com -all"');
  });

  it('reports two SPF records as a conflict, with a row for the second', () => {
    const set = setOf('ovh-mx-plan', {});
    const rows = check(set, observe(set, [...GUIDE_MX, 'TXT example.com v=spf1 include:mx.ovh.com ~all', 'TXT example.com v=spf1 a -all']));
    expect(rows.filter((r) => r.type === 'TXT').map((r) => [r.status, r.expected === null])).toEqual([['conflict', false], ['conflict', true]]);
  });

  it('keeps the user\'s SPF record and its all, deletes the service-only one, whatever the answer order', () => {
    const set = setOf('ovh-mx-plan', {});
    const ours = 'TXT example.com v=spf1 include:mx.ovh.com ~all';
    const theirs = 'TXT example.com v=spf1 include:_spf.old-provider.example -all';
    for (const zone of [[...GUIDE_MX, ours, theirs], [...GUIDE_MX, theirs, ours]]) {
      const [main, extra] = check(set, observe(set, zone)).filter((r) => r.type === 'TXT');
      expect(main!.message.en).toBe(
        'example.com has 2 SPF records, and receivers then reject them all (RFC 7208): replace "v=spf1 include:_spf.old-provider.example -all" by "v=spf1 include:_spf.old-provider.example include:mx.ovh.com -all", which keeps the senders of both, then delete the other.',
      );
      expect(extra!.notes).toEqual([
        {
          en: 'This row is about the SPF record "v=spf1 include:mx.ovh.com ~all", the one to delete from example.com.',
          fr: 'Cette ligne concerne l’enregistrement SPF «\u00a0v=spf1 include:mx.ovh.com ~all\u00a0», celui à supprimer de example.com.',
        },
      ]);
      expect(extra!.message.en).toMatch(/^Extra SPF record at example\.com: delete it once "v=spf1 include:_spf\.old-provider\.example -all" is replaced by/);
    }
  });

  it('gives the same rows for any order of the answers (property)', () => {
    const set = setOf('ovh-hosted-exchange', HOSTED);
    const line = fc.constantFrom(
      ...GUIDE_MX,
      'MX example.com 10 mail.oldhost.net',
      'MX example.com 10 mail2.oldhost.net',
      'TXT example.com v=spf1 include:mx.ovh.com ~all',
      'TXT example.com v=spf1 include:_spf.old-provider.example -all',
      'TXT example.com v=spf1 a mx ?all',
      'TXT example.com v=spf1 ip4:192.0.2.1 redirect=_spf.example.net',
      'TXT example.com google-site-verification=abc',
      'SRV _autodiscover._tcp.example.com 0 0 443 ex5.mail.ovh.net',
      'SRV _autodiscover._tcp.example.com 0 0 80 ex5.mail.ovh.net',
      'CNAME autodiscover.example.com ssl0.ovh.net',
    );
    const permutation = (zone: string[]) => fc.shuffledSubarray(zone, { minLength: zone.length, maxLength: zone.length });
    // Each resolver rotates its answers on its own: R1 and R2 get different orders.
    const zones = fc.uniqueArray(line, { minLength: 1, maxLength: 9 }).chain((zone) => fc.tuple(fc.constant(zone), permutation(zone), permutation(zone)));
    const twoOrders = (first: string[], second: string[]): Observation[] => twoResolvers(observe(set, first, [R1]), observe(set, second, [R2]));
    fc.assert(
      fc.property(zones, ([zone, one, two]) => {
        expect(check(set, twoOrders(one, two))).toEqual(check(set, observe(set, zone)));
      }),
    );
  });

  it('flags a CNAME beside other data and an autodiscover CNAME while the SRV is used', () => {
    const set = setOf('ovh-hosted-exchange', HOSTED);
    const zone = [...CORRECT.filter((l) => !l.startsWith('SRV')), 'CNAME _autodiscover._tcp.example.com elsewhere.example.net', 'CNAME autodiscover.example.com ssl0.ovh.net'];
    const rows = check(set, observe(set, zone));
    expect(rows.find((r) => r.type === 'SRV')!.status).toBe('conflict');
    const alias = rows.at(-1)!;
    expect([alias.status, alias.type, alias.name]).toEqual(['conflict', 'CNAME', 'autodiscover.example.com']);
    expect(alias.message.en).toMatch(/remove this CNAME/);
  });

  it('keeps extra values beside the right one as conflicts', () => {
    const set = setOf('exchange-onprem', { ip: '203.0.113.10' }, 'contoso.com');
    const rows = check(set, observe(set, ['A mail.contoso.com 203.0.113.10', 'A mail.contoso.com 192.0.2.1']));
    expect(rows.filter((r) => r.type === 'A').map((r) => r.status)).toEqual(['ok', 'conflict']);
  });

  it('reads error only when no resolver answered, and uses the one that did', () => {
    const set = setOf('ovh-mx-plan', {});
    const partly = observe(set, GUIDE_MX).map((o) => ({ ...o, byResolver: { ...o.byResolver, [R2]: { ok: false as const, error: TIMED_OUT.en, errorText: TIMED_OUT } } }));
    const rows = check(set, partly);
    expect(rows[0]!.status).toBe('ok');
    expect(rows[0]!.byResolver[R2]).toEqual({ error: 'timed out after 4000 ms' });
    expect(rows[0]!.errorTexts).toEqual({ [R2]: TIMED_OUT });
    const none = observe(set, GUIDE_MX).map((o) => ({ ...o, byResolver: { [R1]: { ok: true as const, answer: { rcode: 'SERVFAIL', ad: false, records: [], nameservers: [] } } } }));
    const failed = check(set, none);
    expect(failed.every((r) => r.status === 'error')).toBe(true);
    expect(failed[0]!.message.en).toMatch(/no resolver answered \(SERVFAIL/);
  });

  it('says why no resolver answered in the row\'s language, each reason once', () => {
    const set = setOf('ovh-mx-plan', {});
    const refused = { ok: true as const, answer: { rcode: 'REFUSED', ad: false, records: [], nameservers: [] } };
    const rows = check(set, observe(set, GUIDE_MX).map((o) => ({ ...o, byResolver: { [R1]: refused, [R2]: refused } })));
    expect(rows[0]!.message).toEqual({
      en: 'Could not check: no resolver answered (REFUSED: the resolver refused the question). Check the connection or the resolvers, then check again.',
      fr: 'Vérification impossible\u00a0: aucun résolveur n’a répondu (REFUSED\u00a0: le résolveur a refusé la question). Vérifiez la connexion ou les résolveurs, puis relancez.',
    });
    expect(rows[0]!.byResolver[R1]).toEqual({ error: 'REFUSED: the resolver refused the question' });
    const timedOut = check(set, observe(set, GUIDE_MX).map((o) => ({ ...o, byResolver: { [R1]: { ok: false as const, error: TIMED_OUT.en, errorText: TIMED_OUT } } })));
    expect(timedOut[0]!.message.fr).toContain('(pas de réponse au bout de 4000\u00a0ms)');
    expect(timedOut[0]!.message.fr).not.toMatch(/timed out/);
  });

  it('reports resolvers that disagree (propagation)', () => {
    const set = setOf('ovh-mx-plan', {});
    const [first, ...rest] = observe(set, GUIDE_MX);
    const stale = { ...first!, byResolver: { ...first!.byResolver, [R2]: { ok: true as const, answer: { rcode: 'NOERROR', ad: false, records: [rec('MX example.com 10 old.example.net')], nameservers: [] } } } };
    const rows = check(set, [stale, ...rest]);
    expect(rows[0]!.resolversDisagree).toBe(true);
  });

  it('flags a different DMARC policy as a mismatch and ignores other TXT', () => {
    const set = setOf('ovh-mx-plan', { dmarc: 'v=DMARC1; p=none' });
    const rows = check(set, observe(set, [...GUIDE_MX, 'TXT _dmarc.example.com v=DMARC1; p=reject', 'TXT example.com google-site-verification=x']));
    expect(rows.find((r) => r.name === '_dmarc.example.com')!.status).toBe('mismatch');
  });
});

describe('check while a change propagates, and through aliases', () => {
  it('judges each resolver apart: an old cached SPF beside the new one is no conflict, but not ok either', () => {
    const set = setOf('ovh-mx-plan', {});
    const fresh = [...GUIDE_MX, 'TXT example.com v=spf1 include:mx.ovh.com ~all'];
    const stale = [...GUIDE_MX, 'TXT example.com v=spf1 include:_spf.old.example -all'];
    const rows = check(set, twoResolvers(observe(set, fresh, [R1]), observe(set, stale, [R2])));
    const spf = rows.filter((r) => r.type === 'TXT');
    // R2 still answers the old policy: a value other than the desired one is a mismatch until it expires.
    expect(spf.map((r) => r.status)).toEqual(['mismatch']);
    expect(spf[0]!.retryAfterSeconds).toBe(3600);
    expect(spf[0]!.found).toHaveLength(2);
    expect(spf[0]!.notes?.[0]!.en).toMatch(/Resolvers disagree/);
  });

  it('reads a _dmarc delegated by CNAME through the alias, with a note', () => {
    const set = setOf('ovh-mx-plan', { dmarc: 'v=DMARC1; p=none' });
    const zone = [...GUIDE_MX, 'CNAME _dmarc.example.com _dmarc.provider.example', 'TXT _dmarc.provider.example v=DMARC1; p=none'];
    const observations = observe(set, zone).map((o) => o.name !== '_dmarc.example.com' ? o : {
      ...o,
      byResolver: Object.fromEntries(Object.keys(o.byResolver).map((url) => [url, { ok: true as const, answer: { rcode: 'NOERROR', ad: false, nameservers: [], records: [rec('CNAME _dmarc.example.com _dmarc.provider.example'), rec('TXT _dmarc.provider.example v=DMARC1; p=none')] } }])),
    });
    const dmarc = check(set, observations).find((r) => r.name === '_dmarc.example.com')!;
    expect(dmarc.status).toBe('ok');
    expect(dmarc.notes?.[0]!.en).toMatch(/alias \(CNAME\) of _dmarc.provider.example/);
  });

  it('puts SPF expansion warnings in the message, and warns when the recommended merge is over the limit', () => {
    const set = setOf('ovh-mx-plan', {});
    const overLimit = { term: 'include:a.example', severity: 'permerror' as const, message: { en: 'needs 11', fr: 'demande 11' } };
    const rows = check(set, observe(set, [...GUIDE_MX, 'TXT example.com v=spf1 include:a.example ~all']), {
      count: 11, voidLookups: 0, incomplete: false, counted: 'merged', warnings: [{ en: 'Could not read a.example.', fr: 'Lecture impossible de a.example.' }],
      problems: [overLimit], overLimit,
    });
    const spf = rows.find((r) => r.type === 'TXT')!;
    expect(spf.status).toBe('mismatch');
    expect(spf.message.en).toMatch(/replace it by .*Careful: that merged record would need 11 DNS lookups.*Could not read a\.example\./);
    expect(spf.message.fr).toMatch(/Attention\u00a0: .* 11\u00a0requêtes DNS/);
  });
});
