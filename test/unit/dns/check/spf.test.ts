import { describe, expect, it } from 'vitest';
import { check, checkQuestions } from '../../../../src/dns/check/check.js';
import { spfVerdict, type SpfLookups } from '../../../../src/dns/check/spf.js';
import { policyLookups } from '../../../../src/dns/spf-lookups.js';
import type { Observation, Question } from '../../../../src/dns/types.js';
import type { DnsRecord } from '../../../../src/records/types.js';
import { expandService } from '../../../../src/services/expand.js';

const R1 = 'https://r1.test/dns-query';

/** A zone of `TYPE name value` lines answered by one resolver; `FAIL name` makes every question about it SERVFAIL. */
function asking(lines: string[]) {
  const records: DnsRecord[] = [];
  const failing = new Set<string>();
  for (const line of lines) {
    const [type, name, ...rest] = line.split(' ') as [string, string, ...string[]];
    if (type === 'FAIL') failing.add(name);
    else records.push({ type: type as DnsRecord['type'], name, ttl: 300, value: rest.join(' '), ...(type === 'MX' && { priority: 10 }) });
  }
  return async (question: Question): Promise<Observation> => {
    const here = records.filter((r) => r.name === question.name && r.type === question.type);
    const rcode = failing.has(question.name) ? 'SERVFAIL' : here.length > 0 || records.some((r) => r.name === question.name) ? 'NOERROR' : 'NXDOMAIN';
    return { ...question, byResolver: { [R1]: { ok: true, answer: { rcode, ad: false, records: rcode === 'SERVFAIL' ? [] : here, nameservers: [] } } } };
  };
}

const lookupsOf = (policy: string, zone: string[]): Promise<SpfLookups> => policyLookups(policy, 'example.com', asking(zone), 'in-place');

describe('spfVerdict: issue 11’s SPF rows', () => {
  it('is ok for a record receivers accept, whatever its warnings', async () => {
    const zone = ['TXT _spf.example.net v=spf1 ip4:192.0.2.0/24 -all', 'A example.com 192.0.2.1'];
    const policy = 'v=spf1 a include:_spf.example.net exists:%{i}._spf.example.net -all';
    expect(spfVerdict(policy, await lookupsOf(policy, zone))).toEqual({ status: 'ok' });
  });

  it('is a mismatch naming the term for a syntax error the RFC calls permerror', () => {
    const verdict = spfVerdict('v=spf1 a:111.222.33.44 include:_spf.example.net -all');
    expect(verdict).toMatchObject({ status: 'mismatch', term: 'a:111.222.33.44' });
    expect(verdict.status === 'mismatch' && verdict.message.en).toBe(
      '"a:111.222.33.44" gives an IP address where SPF expects a host name, and receivers reject the whole policy (permerror): write ip4:111.222.33.44 instead.',
    );
  });

  it('is a mismatch naming the include for a loop', async () => {
    const zone = ['TXT _spf.example.com v=spf1 include:example.com -all', 'TXT example.com v=spf1 include:_spf.example.com -all'];
    const verdict = spfVerdict('v=spf1 include:_spf.example.com -all', await lookupsOf('v=spf1 include:_spf.example.com -all', zone));
    expect(verdict).toMatchObject({ status: 'mismatch', term: 'include:_spf.example.com' });
    expect(verdict.status === 'mismatch' && verdict.message.en).toContain('loops back (example.com → _spf.example.com → example.com)');
  });

  it('is a mismatch for a lower bound over 10 even when an include could not be read', async () => {
    const hosts = Array.from({ length: 12 }, (_, i) => `h${i}.example.net`);
    const zone = [`TXT big.example.net v=spf1 ${hosts.map((h) => `a:${h}`).join(' ')} -all`, ...hosts.map((h) => `A ${h} 192.0.2.7`), 'FAIL down.example.net'];
    const policy = 'v=spf1 include:big.example.net include:down.example.net -all';
    const lookups = await lookupsOf(policy, zone);
    expect(lookups).toMatchObject({ count: 14, incomplete: true });
    const verdict = spfVerdict(policy, lookups);
    expect(verdict).toMatchObject({ status: 'mismatch', term: 'include:big.example.net' });
    expect(verdict.status === 'mismatch' && verdict.message.en).toMatch(/^"include:big\.example\.net" makes the record exceed 10 DNS lookups \(at least 14\): receivers reject it/);
  });

  it('is an error when an include could not be read and the lookups counted stay within 10', async () => {
    const policy = 'v=spf1 a include:down.example.net -all';
    const verdict = spfVerdict(policy, await lookupsOf(policy, ['A example.com 192.0.2.1', 'FAIL down.example.net']));
    expect(verdict).toEqual({
      status: 'error',
      message: {
        en: 'Could not verify this SPF record completely: the 2 DNS lookups counted so far are within the limit of 10, but a name it depends on could not be read. Check again later.',
        fr: 'Impossible de vérifier complètement cet enregistrement SPF\u00a0: les 2\u00a0requêtes DNS comptées jusqu’ici restent dans la limite de 10, mais un nom dont il dépend n’a pas pu être lu. Vérifiez de nouveau plus tard.',
      },
    });
  });

  it('is a mismatch for more than 2 void lookups and for an mx term over 10 MX records', async () => {
    const voids = 'v=spf1 a:gone1.example.net a:gone2.example.net a:gone3.example.net -all';
    expect(spfVerdict(voids, await lookupsOf(voids, []))).toMatchObject({ status: 'mismatch', term: 'a:gone3.example.net' });
    const mx = Array.from({ length: 11 }, (_, i) => `MX example.com mx${i}.example.net`);
    expect(spfVerdict('v=spf1 mx -all', await lookupsOf('v=spf1 mx -all', mx))).toMatchObject({ status: 'mismatch', term: 'mx' });
  });
});

describe('checkSpf rows', () => {
  const set = (() => {
    const expanded = expandService('ovh-mx-plan', 'example.com', {});
    if (!expanded.ok) throw new Error(expanded.problems[0]!.en);
    return expanded.set;
  })();
  const observe = async (zone: string[]) => Promise.all(checkQuestions(set).map(asking(zone)));
  const spfRow = async (zone: string[], lookups: SpfLookups) => check(set, await observe(zone), lookups).find((r) => r.type === 'TXT')!;

  it('says every permerror beside the rules to add: the merge keeps the terms that break the policy', async () => {
    const zone = ['TXT example.com v=spf1 a:abc.123 ~all'];
    const row = await spfRow(zone, await lookupsOf('v=spf1 a:abc.123 include:mx.ovh.com ~all', ['TXT mx.ovh.com v=spf1 -all']));
    expect(row.status).toBe('mismatch');
    expect(row.message.en).toMatch(/^The SPF record of example\.com lacks include:mx\.ovh\.com: .* "abc\.123" in "a:abc\.123" is not a domain name/);
  });

  it('gives the verdict’s status once the rules are in place', async () => {
    const policy = 'v=spf1 include:mx.ovh.com ~all';
    const unread = await spfRow([`TXT example.com ${policy}`], await lookupsOf(policy, ['FAIL mx.ovh.com']));
    expect(unread.status).toBe('error');
    expect(unread.message.en).toMatch(/^Could not verify this SPF record completely: .* Could not read the SPF record of mx\.ovh\.com \(SERVFAIL/);
    const none = await spfRow([`TXT example.com ${policy}`], await lookupsOf(policy, ['TXT mx.ovh.com google-site-verification=1']));
    expect(none.status).toBe('mismatch');
    expect(none.message.en).toContain('mx.ovh.com has no SPF record');
    const fine = await spfRow([`TXT example.com ${policy}`], await lookupsOf(policy, ['TXT mx.ovh.com v=spf1 ip4:198.51.100.0/24 ~all']));
    expect(fine.status).toBe('ok');
  });
});
