import { describe, expect, it } from 'vitest';
import { countSpfLookups } from '../../src/records/spf.js';

/** A fake DNS: name → TXT texts; an Error value makes the lookup fail; unknown names have no TXT. */
function fakeTxt(zone: Record<string, string[] | Error>) {
  const asked: string[] = [];
  const resolveTxt = async (name: string): Promise<string[]> => {
    asked.push(name);
    const answer = zone[name];
    if (answer instanceof Error) throw answer;
    return answer ?? [];
  };
  return { resolveTxt, asked };
}

const en = (warnings: { en: string }[]) => warnings.map((w) => w.en);

describe('countSpfLookups', () => {
  it('counts lookup terms and not ip4/ip6/all/exp', async () => {
    const { resolveTxt, asked } = fakeTxt({});
    const result = await countSpfLookups(
      'v=spf1 a mx ptr exists:%{i}.x.example.com ip4:192.0.2.1 ip6:2001:db8::1 -all exp=e.example.com',
      resolveTxt,
    );
    expect(result).toEqual({ count: 4, warnings: [], includes: [], incomplete: false });
    expect(asked).toEqual([]);
  });

  it('follows nested includes and reports what each costs', async () => {
    const { resolveTxt } = fakeTxt({
      'mx.ovh.com': ['v=spf1 include:mx.ovh.eu ip4:198.51.100.0/24 ~all'],
      'mx.ovh.eu': ['v=spf1 a:mail.ovh.eu mx ~all', 'some-verification=1'],
      '_spf.example.net': ['v=spf1 ip4:203.0.113.0/24 -all'],
    });
    const result = await countSpfLookups('v=spf1 mx include:MX.OVH.COM. include:_spf.example.net ~all', resolveTxt);
    expect(result.count).toBe(1 + (1 + 1 + 2) + 1);
    expect(result.warnings).toEqual([]);
    expect(result.incomplete).toBe(false);
    expect(result.includes).toEqual([
      { domain: 'mx.ovh.com', count: 4, depth: 1, via: 'include' },
      { domain: 'mx.ovh.eu', count: 3, depth: 2, via: 'include' },
      { domain: '_spf.example.net', count: 1, depth: 1, via: 'include' },
    ]);
  });

  it('follows a redirect only when there is no all, and counts terms after all as dead', async () => {
    const { resolveTxt, asked } = fakeTxt({ '_spf.example.com': ['v=spf1 a mx -all'] });
    expect((await countSpfLookups('v=spf1 redirect=_spf.example.com mx', resolveTxt)).count).toBe(1 + 3);
    expect((await countSpfLookups('v=spf1 mx ~all redirect=_spf.example.com include:x.example.com', resolveTxt)).count).toBe(1);
    expect(asked).toEqual(['_spf.example.com']);
  });

  it('pays for a target included twice but fetches it once', async () => {
    const { resolveTxt, asked } = fakeTxt({
      'a.example.com': ['v=spf1 include:shared.example.com -all'],
      'b.example.com': ['v=spf1 include:shared.example.com -all'],
      'shared.example.com': ['v=spf1 a mx -all'],
    });
    const result = await countSpfLookups('v=spf1 include:a.example.com include:b.example.com -all', resolveTxt);
    expect(result.count).toBe(2 * (1 + 1 + 2));
    expect(asked.filter((n) => n === 'shared.example.com')).toHaveLength(1);
  });

  it('stops at loops with a warning naming the chain, including a policy that includes its own name', async () => {
    const { resolveTxt } = fakeTxt({
      'a.example.com': ['v=spf1 include:b.example.com -all'],
      'b.example.com': ['v=spf1 mx include:a.example.com -all'],
      'example.com': ['v=spf1 include:example.com -all'],
    });
    const loop = await countSpfLookups('v=spf1 include:a.example.com -all', resolveTxt);
    expect(loop.count).toBe(4);
    expect(loop.incomplete).toBe(false);
    expect(en(loop.warnings)).toEqual([
      '"include:a.example.com" loops back (a.example.com → b.example.com → a.example.com) and receivers reject such a policy: remove the include that closes the loop.',
    ]);
    const self = await countSpfLookups('v=spf1 include:example.com -all', resolveTxt, { domain: 'Example.com.' });
    expect(self.count).toBe(1);
    expect(en(self.warnings)[0]).toContain('example.com → example.com');
  });

  it('turns failures, missing and double SPF records into warnings naming the domain', async () => {
    const { resolveTxt } = fakeTxt({
      'down.example.com': new Error('SERVFAIL from every resolver'),
      'nospf.example.com': ['google-site-verification=abc'],
      'twice.example.com': ['v=spf1 a -all', 'v=spf1 mx -all'],
    });
    const result = await countSpfLookups(
      'v=spf1 include:down.example.com include:nospf.example.com include:gone.example.com include:twice.example.com -all',
      resolveTxt,
    );
    expect(result.count).toBe(4);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings)).toEqual([
      'Could not read the SPF record of down.example.com (SERVFAIL from every resolver), so its DNS lookups are not counted: check again later.',
      'nospf.example.com has no SPF record, so "include:nospf.example.com" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.',
      'gone.example.com has no SPF record, so "include:gone.example.com" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.',
      'twice.example.com publishes 2 SPF records, so receivers reject any policy that includes it (permerror): its owner must merge them into one.',
    ]);
    for (const warning of result.warnings) expect(warning.fr).toMatch(/\S/);
  });

  it('reports the problems of an included record, not those of the policy itself', async () => {
    const { resolveTxt } = fakeTxt({ 'bad.example.com': ['v=spf1 inclde:x.example.com -all'] });
    const result = await countSpfLookups('v=spf1 include:bad.example.com bogus -all', resolveTxt);
    expect(result.incomplete).toBe(false);
    expect(en(result.warnings)).toEqual([
      'In the SPF record of bad.example.com: "inclde:x.example.com" is not an SPF mechanism and receivers reject the whole policy (permerror): correct its spelling or remove it.',
    ]);
  });

  it('counts a macro target once without following it', async () => {
    const { resolveTxt, asked } = fakeTxt({});
    const result = await countSpfLookups('v=spf1 include:%{d}._spf.example.com -all', resolveTxt);
    expect(result.count).toBe(1);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings)[0]).toContain('"include:%{d}._spf.example.com" uses an SPF macro');
    expect(asked).toEqual([]);
  });

  it('says when a policy needs more than 10 lookups, with what each term costs', async () => {
    const { resolveTxt } = fakeTxt({
      'big.example.net': ['v=spf1 a mx a:a.example.net a:b.example.net a:c.example.net a:d.example.net ~all'],
      'small.example.net': ['v=spf1 include:big.example.net -all'],
    });
    const result = await countSpfLookups('v=spf1 a mx include:small.example.net -all', resolveTxt);
    expect(result.count).toBe(10);
    expect(result.warnings).toEqual([]);
    const over = await countSpfLookups('v=spf1 a mx ptr include:small.example.net -all', resolveTxt);
    expect(over.count).toBe(11);
    expect(over.incomplete).toBe(false);
    expect(en(over.warnings)).toEqual([
      'This SPF policy needs 11 DNS lookups, the limit is 10: receivers reject it (permerror) and mail may be refused or marked as spam. Costs: a 1, mx 1, ptr 1, include:small.example.net 8. Replace the costliest include with the ip4:/ip6: ranges its provider publishes, or remove services you no longer use.',
    ]);
    expect(over.warnings[0]?.fr).toContain('nécessite 11\u00a0requêtes DNS, la limite est 10');
  });

  it('stops following includes beyond maxDepth', async () => {
    const zone: Record<string, string[]> = {};
    for (let level = 1; level <= 5; level += 1) zone[`l${level}.example.com`] = [`v=spf1 include:l${level + 1}.example.com -all`];
    zone['l6.example.com'] = ['v=spf1 -all'];
    expect((await countSpfLookups('v=spf1 include:l1.example.com -all', fakeTxt(zone).resolveTxt)).count).toBe(6);
    const { resolveTxt, asked } = fakeTxt(zone);
    const shallow = await countSpfLookups('v=spf1 include:l1.example.com -all', resolveTxt, { maxDepth: 2 });
    expect(asked).toEqual(['l1.example.com', 'l2.example.com']);
    expect(shallow.count).toBe(3);
    expect(shallow.incomplete).toBe(true);
    expect(en(shallow.warnings)).toEqual([
      '"include:l3.example.com" is nested more than 2 levels deep and was not followed, so the count is a minimum: flatten the includes.',
    ]);
  });

  it('bounds the work on a hostile policy and still answers', async () => {
    const zone: Record<string, string[]> = {};
    const fanOut = (prefix: string) => Array.from({ length: 8 }, (_, i) => `include:${prefix}${i}.example.com`).join(' ');
    zone['root.example.com'] = [`v=spf1 ${fanOut('x')} -all`];
    for (let i = 0; i < 8; i += 1) zone[`x${i}.example.com`] = [`v=spf1 ${fanOut(`y${i}-`)} -all`];
    const { resolveTxt, asked } = fakeTxt(zone);
    const result = await countSpfLookups('v=spf1 include:root.example.com -all', resolveTxt);
    expect(asked.length).toBeLessThanOrEqual(50);
    expect(result.count).toBeGreaterThan(10);
    expect(result.incomplete).toBe(true);
    expect(en(result.warnings).some((w) => w.includes('more than 50 SPF records'))).toBe(true);
  });

  it('asks for sibling includes in parallel', async () => {
    let inFlight = 0;
    let peak = 0;
    const resolveTxt = async (name: string) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return [`v=spf1 ip4:192.0.2.${name.length} -all`];
    };
    const result = await countSpfLookups('v=spf1 include:a.example include:bb.example include:ccc.example -all', resolveTxt);
    expect(result.count).toBe(3);
    expect(peak).toBe(3);
  });
});
