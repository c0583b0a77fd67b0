import { describe, expect, it } from 'vitest';
import { countSpfLookups, type SpfQuestionType } from '../../../../src/records/spf/index.js';

type Answers = Partial<Record<SpfQuestionType, string[] | Error>>;

/** A fake DNS: name → answers per type; an Error makes that lookup fail; anything else is empty (void). */
function fakeDns(zone: Record<string, Answers>) {
  const asked: string[] = [];
  const resolve = async (name: string, type: SpfQuestionType): Promise<string[]> => {
    asked.push(`${type} ${name}`);
    const answer = zone[name]?.[type];
    if (answer instanceof Error) throw answer;
    return answer ?? [];
  };
  return { resolve, asked };
}

const spf = (text: string): Answers => ({ TXT: [text] });
const en = (sentences: { en: string }[]) => sentences.map((s) => s.en);
const problems = (result: { problems: { term: string; message: { en: string } }[] }) => result.problems.map((p) => `${p.term} | ${p.message.en}`);

describe('countSpfLookups', () => {
  it('counts lookup terms and not ip4/ip6/all/exp', async () => {
    const { resolve, asked } = fakeDns({});
    const result = await countSpfLookups(
      'v=spf1 a mx ptr exists:%{i}.x.example.com ip4:192.0.2.1 ip6:2001:db8::1 -all exp=e.example.com',
      resolve,
    );
    expect(result).toEqual({ count: 4, voidLookups: 0, problems: [], warnings: [], includes: [], incomplete: false });
    // No domain given: `a` and `mx` mean a name not known here; the macro is expanded per message.
    expect(asked).toEqual([]);
  });

  it('follows nested includes and reports what each costs', async () => {
    const { resolve } = fakeDns({
      'mx.ovh.com': spf('v=spf1 include:mx.ovh.eu ip4:198.51.100.0/24 ~all'),
      'mx.ovh.eu': { TXT: ['v=spf1 a:mail.ovh.eu mx ~all', 'some-verification=1'], MX: ['mail.ovh.eu'] },
      'mail.ovh.eu': { A: ['198.51.100.7'] },
      '_spf.example.net': spf('v=spf1 ip4:203.0.113.0/24 -all'),
    });
    const result = await countSpfLookups('v=spf1 include:MX.OVH.COM. include:_spf.example.net ~all', resolve);
    expect(result.count).toBe(1 + 1 + 2 + 1);
    expect(result.warnings).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.incomplete).toBe(false);
    expect(result.includes).toEqual([
      { domain: 'mx.ovh.com', count: 4, depth: 1, via: 'include' },
      { domain: 'mx.ovh.eu', count: 3, depth: 2, via: 'include' },
      { domain: '_spf.example.net', count: 1, depth: 1, via: 'include' },
    ]);
  });

  it('follows a redirect only when there is no all, and reads a and mx as the target domain there', async () => {
    const { resolve, asked } = fakeDns({ '_spf.example.com': { TXT: ['v=spf1 a mx -all'], A: ['192.0.2.1'], MX: ['mx.example.com'] } });
    expect((await countSpfLookups('v=spf1 redirect=_spf.example.com', resolve)).count).toBe(1 + 2);
    expect((await countSpfLookups('v=spf1 mx ~all redirect=_spf.example.com include:x.example.com', resolve)).count).toBe(1);
    expect(asked).toEqual(['TXT _spf.example.com', 'A _spf.example.com', 'AAAA _spf.example.com', 'MX _spf.example.com']);
  });

  it('pays for a target included twice but asks about it once', async () => {
    const { resolve, asked } = fakeDns({
      'a.example.com': spf('v=spf1 include:shared.example.com -all'),
      'b.example.com': spf('v=spf1 include:shared.example.com -all'),
      'shared.example.com': { TXT: ['v=spf1 a mx -all'], AAAA: ['2001:db8::1'], MX: ['mx.example.com'] },
    });
    const result = await countSpfLookups('v=spf1 include:a.example.com include:b.example.com -all', resolve);
    expect(result.count).toBe(2 * (1 + 1 + 2));
    expect(asked.filter((question) => question.endsWith(' shared.example.com'))).toEqual(['TXT shared.example.com', 'A shared.example.com', 'AAAA shared.example.com', 'MX shared.example.com']);
  });

  it('calls a loop a permerror naming the chain, including a policy that includes its own name', async () => {
    const { resolve } = fakeDns({
      'a.example.com': spf('v=spf1 include:b.example.com -all'),
      'b.example.com': spf('v=spf1 ip4:192.0.2.1 include:a.example.com -all'),
    });
    const loop = await countSpfLookups('v=spf1 include:a.example.com -all', resolve);
    expect(loop.incomplete).toBe(false);
    expect(problems(loop)).toEqual([
      'include:a.example.com | In the SPF record of b.example.com, which "include:a.example.com" pulls in: "include:a.example.com" loops back (a.example.com → b.example.com → a.example.com) and receivers reject such a policy (permerror): remove the include that closes the loop.',
    ]);
    const self = await countSpfLookups('v=spf1 ip4:192.0.2.1 redirect=example.com', resolve, { domain: 'Example.com.' });
    expect(self.count).toBe(1);
    expect(problems(self)).toEqual([
      'redirect=example.com | "redirect=example.com" loops back (example.com → example.com) and receivers reject such a policy (permerror): remove the include that closes the loop.',
    ]);
  });

  it('makes targets without SPF or with two a permerror, and an unreadable one a warning that leaves the count incomplete', async () => {
    const { resolve } = fakeDns({
      'down.example.com': { TXT: new Error('SERVFAIL from every resolver') },
      'nospf.example.com': { TXT: ['google-site-verification=abc'] },
      'twice.example.com': { TXT: ['v=spf1 a -all', 'v=spf1 mx -all'] },
    });
    const result = await countSpfLookups(
      'v=spf1 include:down.example.com include:nospf.example.com include:gone.example.com include:twice.example.com -all',
      resolve,
    );
    expect(result.count).toBe(4);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings)).toEqual([
      'Could not read the SPF record of down.example.com (SERVFAIL from every resolver), so its DNS lookups are not counted: check again later.',
    ]);
    expect(problems(result)).toEqual([
      'include:nospf.example.com | nospf.example.com has no SPF record, so "include:nospf.example.com" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.',
      'include:gone.example.com | gone.example.com has no SPF record, so "include:gone.example.com" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.',
      'include:twice.example.com | twice.example.com publishes 2 SPF records, so "include:twice.example.com" makes receivers reject the whole policy (permerror): its owner must merge them into one.',
    ]);
    // gone.example.com answered nothing at all: that is also a void lookup.
    expect(result.voidLookups).toBe(1);
    for (const sentence of [...result.warnings, ...result.problems.map((p) => p.message)]) expect(sentence.fr).toMatch(/\S/);
  });

  it('reports the syntax of a record pulled in through the include that pulls it in, not the policy’s own', async () => {
    const { resolve } = fakeDns({ 'bad.example.com': spf('v=spf1 inclde:x.example.com -all a') });
    const result = await countSpfLookups('v=spf1 include:bad.example.com bogus -all', resolve);
    expect(result.incomplete).toBe(false);
    expect(problems(result)).toEqual([
      'include:bad.example.com | In the SPF record of bad.example.com, which "include:bad.example.com" pulls in: "inclde:x.example.com" is not an SPF mechanism and receivers reject the whole policy (permerror): correct its spelling or remove it.',
    ]);
    expect(en(result.warnings)).toEqual(['In the SPF record of bad.example.com: "a" after "-all" is never evaluated: move it before "-all" or remove it.']);
  });

  it('counts a macro target once without following it: a minimum, but nothing failed', async () => {
    const { resolve, asked } = fakeDns({});
    const result = await countSpfLookups('v=spf1 include:%{d}._spf.example.com a:%{i}.example.com -all', resolve);
    expect(result.count).toBe(2);
    expect(result.incomplete).toBe(false);
    expect(en(result.warnings)[0]).toContain('"include:%{d}._spf.example.com" uses an SPF macro');
    expect(asked).toEqual([]);
  });

  it('names the costliest term when a policy needs more than 10 lookups, with what each term costs', async () => {
    const hosts = ['a', 'b', 'c', 'd'].map((h) => `a:${h}.example.net`);
    const zone: Record<string, Answers> = {
      'big.example.net': { TXT: [`v=spf1 a mx ${hosts.join(' ')} ~all`], A: ['192.0.2.1'], MX: ['mx.example.net'] },
      'small.example.net': spf('v=spf1 include:big.example.net -all'),
    };
    for (const h of ['a', 'b', 'c', 'd']) zone[`${h}.example.net`] = { A: ['192.0.2.2'] };
    const { resolve } = fakeDns(zone);
    const result = await countSpfLookups('v=spf1 a mx include:small.example.net -all', resolve);
    expect(result.count).toBe(10);
    expect(result.problems).toEqual([]);
    const over = await countSpfLookups('v=spf1 a mx ptr include:small.example.net -all', resolve);
    expect(over.count).toBe(11);
    expect(problems(over)).toEqual([
      'include:small.example.net | "include:small.example.net" makes the record exceed 10 DNS lookups (11): receivers reject it (permerror) and mail may be refused or marked as spam. Costs: a 1, mx 1, ptr 1, include:small.example.net 8. Remove includes you no longer use, or ask your provider for a flattened include (ip4:/ip6: ranges only).',
    ]);
    expect(over.overLimit).toBe(over.problems[0]);
    expect(over.problems[0]?.message.fr).toContain('la limite de 10\u00a0requêtes DNS (11)');
  });

  it('says "at least" when an unreadable include leaves the count a minimum that is already over the limit', async () => {
    const zone: Record<string, Answers> = { 'down.example.net': { TXT: new Error('timed out') } };
    const names = Array.from({ length: 12 }, (_, i) => `h${i}.example.net`);
    for (const name of names) zone[name] = { A: ['192.0.2.3'] };
    zone['many.example.net'] = spf(`v=spf1 ${names.map((n) => `a:${n}`).join(' ')} -all`);
    const result = await countSpfLookups('v=spf1 include:many.example.net include:down.example.net -all', fakeDns(zone).resolve);
    expect(result.incomplete).toBe(true);
    expect(result.count).toBe(14);
    expect(en(result.problems.map((p) => p.message))[0]).toMatch(/^"include:many\.example\.net" makes the record exceed 10 DNS lookups \(at least 14\)/);
    expect(result.problems[0]?.message.fr).toContain('(au moins 14)');
  });

  it('counts void lookups in evaluation order and makes the third one a permerror naming its term', async () => {
    const { resolve } = fakeDns({
      'v6only.example.com': { AAAA: ['2001:db8::25'] },
      'nomx.example.com': { A: ['192.0.2.9'] },
      'inc.example.com': spf('v=spf1 a:gone2.example.com -all'),
    });
    // `a` at a name with only AAAA is not void: some senders are IPv6.
    const two = await countSpfLookups('v=spf1 a:v6only.example.com a:gone1.example.com mx:nomx.example.com ~all', resolve);
    expect(two.voidLookups).toBe(2);
    expect(two.problems).toEqual([]);
    const three = await countSpfLookups('v=spf1 a:gone1.example.com mx:nomx.example.com include:inc.example.com exists:gone3.example.com ~all', resolve);
    expect(three.voidLookups).toBe(4);
    expect(problems(three)).toEqual([
      'include:inc.example.com | "include:inc.example.com" is one DNS lookup that finds nothing too many: gone1.example.com, nomx.example.com, gone2.example.com, gone3.example.com do not exist or have no record of the type asked, and receivers reject a policy with more than 2 such void lookups (permerror). Remove the terms that name hosts which no longer exist.',
    ]);
  });

  it('makes an mx term over 10 MX records a permerror, and a failed address lookup a warning', async () => {
    const mx = Array.from({ length: 11 }, (_, i) => `mx${i}.example.org`);
    const { resolve } = fakeDns({ 'big.example.org': { MX: mx }, 'flaky.example.org': { A: new Error('SERVFAIL'), AAAA: ['2001:db8::1'] } });
    const result = await countSpfLookups('v=spf1 mx:big.example.org a:flaky.example.org -all', resolve);
    expect(problems(result)).toEqual([
      'mx:big.example.org | "mx:big.example.org": big.example.org has 11 MX records and receivers reject an mx term with more than 10 (permerror): name the sending servers with a:<host> or ip4:/ip6: terms instead.',
    ]);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings)).toEqual([
      'Could not read the A records of flaky.example.org for "a:flaky.example.org" (SERVFAIL), so whether they exist is not known: check again later.',
    ]);
  });

  it('does not ask DNS about a target that is not a domain-spec (parseSpf reports it)', async () => {
    const { resolve, asked } = fakeDns({});
    const result = await countSpfLookups('v=spf1 a:111.222.33.44 include:x.example.com/24 mx:example.-com -all', resolve);
    expect(asked).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.count).toBe(3);
  });

  it('stops following includes beyond maxDepth', async () => {
    const zone: Record<string, Answers> = {};
    for (let level = 1; level <= 5; level += 1) zone[`l${level}.example.com`] = spf(`v=spf1 include:l${level + 1}.example.com -all`);
    zone['l6.example.com'] = spf('v=spf1 -all');
    expect((await countSpfLookups('v=spf1 include:l1.example.com -all', fakeDns(zone).resolve)).count).toBe(6);
    const { resolve, asked } = fakeDns(zone);
    const shallow = await countSpfLookups('v=spf1 include:l1.example.com -all', resolve, { maxDepth: 2 });
    expect(asked).toEqual(['TXT l1.example.com', 'TXT l2.example.com']);
    expect(shallow.count).toBe(3);
    expect(shallow.incomplete).toBe(true);
    expect(en(shallow.warnings)).toEqual([
      '"include:l3.example.com" is nested more than 2 levels deep and was not followed, so the count is a minimum: flatten the includes.',
    ]);
  });

  it('bounds the work on a hostile policy and still answers', async () => {
    const zone: Record<string, Answers> = {};
    const fanOut = (prefix: string) => Array.from({ length: 8 }, (_, i) => `include:${prefix}${i}.example.com`).join(' ');
    zone['root.example.com'] = spf(`v=spf1 ${fanOut('x')} -all`);
    for (let i = 0; i < 8; i += 1) zone[`x${i}.example.com`] = spf(`v=spf1 ${fanOut(`y${i}-`)} -all`);
    const { resolve, asked } = fakeDns(zone);
    const result = await countSpfLookups('v=spf1 include:root.example.com -all', resolve);
    expect(asked.length).toBeLessThanOrEqual(50);
    expect(result.count).toBeGreaterThan(10);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings).some((w) => w.includes('more than 50 DNS questions'))).toBe(true);
  });

  it('asks the questions of one level in parallel: sibling includes and address checks', async () => {
    let inFlight = 0;
    let peak = 0;
    const resolve = async (name: string, type: SpfQuestionType) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((done) => setTimeout(done, 5));
      inFlight -= 1;
      return type === 'TXT' ? [`v=spf1 ip4:192.0.2.${name.length} -all`] : ['192.0.2.1'];
    };
    const result = await countSpfLookups('v=spf1 include:a.example include:bb.example a:host.example -all', resolve);
    expect(result.count).toBe(3);
    expect(peak).toBe(4);
  });
});
