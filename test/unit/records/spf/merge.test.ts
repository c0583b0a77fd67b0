import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSpf, mergeSpfRecords, missingSpfRules, parseSpf, rankSpfRecords } from '../../../../src/records/spf/index.js';

const OVH = ['include:mx.ovh.com'];

describe('mergeSpf: no existing policy', () => {
  it('writes a new policy with ~all by default', () => {
    expect(mergeSpf(undefined, OVH)).toBe('v=spf1 include:mx.ovh.com ~all');
    expect(mergeSpf('', ['a', 'mx'])).toBe('v=spf1 a mx ~all');
  });
  it('uses the service default, then options.all', () => {
    expect(mergeSpf(undefined, ['include:spf.protection.outlook.com'], { defaultAll: '-all' })).toBe(
      'v=spf1 include:spf.protection.outlook.com -all',
    );
    expect(mergeSpf(undefined, OVH, { defaultAll: '-all', all: '?all' })).toBe('v=spf1 include:mx.ovh.com ?all');
  });
  it('splits SPFM groups and drops duplicates', () => {
    expect(mergeSpf(undefined, ['a mx', 'mx', 'v=spf1 include:mx.ovh.com'])).toBe('v=spf1 a mx include:mx.ovh.com ~all');
  });
  it('treats a text that is not SPF as no policy', () => {
    expect(mergeSpf('MS=ms12345678', OVH)).toBe('v=spf1 include:mx.ovh.com ~all');
  });
});

describe('mergeSpf: existing policy', () => {
  it('inserts before ~all and keeps it', () => {
    expect(mergeSpf('v=spf1 ip4:192.0.2.1 ~all', OVH)).toBe('v=spf1 ip4:192.0.2.1 include:mx.ovh.com ~all');
  });
  it('keeps -all, and the order and spelling of existing terms', () => {
    expect(mergeSpf('V=SPF1  MX  include:_spf.google.com   -all', ['a', 'mx'])).toBe(
      'v=spf1 MX include:_spf.google.com a -all',
    );
  });
  it('replaces the all qualifier only when told', () => {
    expect(mergeSpf('v=spf1 mx ~all', OVH, { all: '-all' })).toBe('v=spf1 mx include:mx.ovh.com -all');
    expect(mergeSpf('v=spf1 mx ~all', OVH, { defaultAll: '-all' })).toBe('v=spf1 mx include:mx.ovh.com ~all');
  });
  it('changes nothing when the rules are already there, however spelled', () => {
    const existing = 'v=spf1 +include:MX.OVH.COM. a/32 -all';
    expect(missingSpfRules(existing, ['include:mx.ovh.com', 'a'])).toEqual([]);
    expect(mergeSpf(existing, ['include:mx.ovh.com', 'a'])).toBe('v=spf1 +include:MX.OVH.COM. a/32 -all');
  });
  it('does not take a for a:<zone>', () => {
    expect(missingSpfRules('v=spf1 a:example.com ~all', ['a'])).toEqual(['a']);
  });
  it('gives a required rule written with another qualifier the required one, in place', () => {
    expect(missingSpfRules('v=spf1 ?include:mx.ovh.com mx -all', OVH)).toEqual(['include:mx.ovh.com']);
    expect(mergeSpf('v=spf1 ?include:mx.ovh.com mx -all', OVH)).toBe('v=spf1 include:mx.ovh.com mx -all');
  });
  it('does not count a rule after all as present, and leaves the dead one where it is', () => {
    expect(missingSpfRules('v=spf1 -all include:mx.ovh.com', OVH)).toEqual(OVH);
    expect(mergeSpf('v=spf1 -all include:mx.ovh.com', OVH)).toBe('v=spf1 include:mx.ovh.com -all include:mx.ovh.com');
  });
  it('keeps modifiers after all in place', () => {
    expect(mergeSpf('v=spf1 mx -all exp=explain.example.com', OVH)).toBe(
      'v=spf1 mx include:mx.ovh.com -all exp=explain.example.com',
    );
  });
  it('without all and without redirect: appends at the end, adds options.all only when given', () => {
    expect(mergeSpf('v=spf1 mx', OVH)).toBe('v=spf1 mx include:mx.ovh.com');
    expect(mergeSpf('v=spf1 mx', OVH, { all: '-all' })).toBe('v=spf1 mx include:mx.ovh.com -all');
  });
});

describe('mergeSpf: redirect', () => {
  it('adds the rules before the redirect, which stays in charge', () => {
    expect(mergeSpf('v=spf1 mx redirect=_spf.example.com', OVH)).toBe('v=spf1 mx include:mx.ovh.com redirect=_spf.example.com');
  });
  it('never adds an all beside a redirect (it would disable it)', () => {
    expect(mergeSpf('v=spf1 redirect=_spf.example.com', OVH, { all: '-all' })).toBe(
      'v=spf1 include:mx.ovh.com redirect=_spf.example.com',
    );
  });
  it('with both redirect and all: before the all', () => {
    expect(mergeSpf('v=spf1 mx ~all redirect=_spf.example.com', OVH)).toBe(
      'v=spf1 mx include:mx.ovh.com ~all redirect=_spf.example.com',
    );
  });
});

describe('mergeSpfRecords: two SPF records on one name', () => {
  it('keeps the user\'s policy as the base (its terms first, its all), then the other\'s senders, then ours', () => {
    // The case of the UX review: the service's own record beside the user's older one.
    const records = ['v=spf1 include:mx.ovh.com ~all', 'v=spf1 include:_spf.old-provider.example -all'];
    const merged = 'v=spf1 include:_spf.old-provider.example include:mx.ovh.com -all';
    expect(mergeSpfRecords(records, OVH)).toBe(merged);
    expect(mergeSpfRecords([...records].reverse(), OVH)).toBe(merged);
  });
  it('bases the merge on the record with the most terms of its own, whatever the order', () => {
    const records = ['v=spf1 mx include:_spf.google.com ~all', 'v=spf1 a MX ip4:192.0.2.1 -all'];
    const merged = 'v=spf1 a MX ip4:192.0.2.1 include:_spf.google.com include:mx.ovh.com -all';
    expect(mergeSpfRecords(records, OVH)).toBe(merged);
    expect(mergeSpfRecords([...records].reverse(), OVH)).toBe(merged);
  });
  it('breaks a tie by the text, in code-point order', () => {
    expect(mergeSpfRecords(['v=spf1 mx ~all', 'v=spf1 a -all'], OVH)).toBe('v=spf1 a mx include:mx.ovh.com -all');
    expect(mergeSpfRecords(['v=spf1 a -all', 'v=spf1 mx ~all'], OVH)).toBe('v=spf1 a mx include:mx.ovh.com -all');
  });
  it('uses the others\' all when the base has none, and ignores non-SPF texts', () => {
    expect(mergeSpfRecords(['google-site-verification=abc', 'v=spf1 mx ip4:192.0.2.1', 'v=spf1 a -all'], OVH)).toBe(
      'v=spf1 mx ip4:192.0.2.1 a include:mx.ovh.com -all',
    );
  });
  it('keeps the record that redirects as the base, rather than another record\'s all', () => {
    // Its senders are the redirected policy's: an all beside the redirect would switch it off.
    expect(mergeSpfRecords(['v=spf1 a mx -all', 'v=spf1 redirect=_spf.example.com'], [])).toBe(
      'v=spf1 a mx redirect=_spf.example.com',
    );
    expect(mergeSpfRecords(['v=spf1 mx', 'v=spf1 a redirect=_spf.example.com exp=e.example.com'], [])).toBe(
      'v=spf1 a mx redirect=_spf.example.com exp=e.example.com',
    );
  });
  it('takes an exp= from the others when the base has none', () => {
    expect(mergeSpfRecords(['v=spf1 mx a ~all', 'v=spf1 ip4:192.0.2.1 -all exp=e.example.com'], OVH)).toBe(
      'v=spf1 mx a ip4:192.0.2.1 include:mx.ovh.com ~all exp=e.example.com',
    );
  });
  it('keeps the base\'s qualifier on a shared mechanism, but the required one wins', () => {
    expect(mergeSpfRecords(['v=spf1 ~a ip4:192.0.2.1 -all', 'v=spf1 a include:mx.ovh.com ~all'], OVH)).toBe(
      'v=spf1 ~a ip4:192.0.2.1 include:mx.ovh.com -all',
    );
    expect(mergeSpfRecords(['v=spf1 -all', 'v=spf1 ?include:mx.ovh.com ~all'], OVH)).toBe('v=spf1 include:mx.ovh.com -all');
  });
  it('with one record behaves as mergeSpf, with none writes a new policy', () => {
    expect(mergeSpfRecords(['v=spf1 mx ~all'], OVH)).toBe(mergeSpf('v=spf1 mx ~all', OVH));
    expect(mergeSpfRecords([], OVH, { defaultAll: '-all' })).toBe('v=spf1 include:mx.ovh.com -all');
  });
});

describe('rankSpfRecords', () => {
  it('puts the record to keep first and says the rule: redirect, then own terms, then text order', () => {
    expect(rankSpfRecords(['v=spf1 include:mx.ovh.com ~all', 'MS=ms1', 'v=spf1 mx -all', 'v=spf1 redirect=_spf.example.com'], OVH)).toEqual([
      'v=spf1 redirect=_spf.example.com',
      'v=spf1 mx -all',
      'v=spf1 include:mx.ovh.com ~all',
    ]);
  });
  it('counts a term spelled twice, or spelled like a required rule, as no term of its own', () => {
    expect(rankSpfRecords(['v=spf1 mx mx/32 ~all', 'v=spf1 +include:MX.OVH.COM. a -all'], OVH)).toEqual([
      'v=spf1 +include:MX.OVH.COM. a -all',
      'v=spf1 mx mx/32 ~all',
    ]);
  });
});

describe('bad input from the caller', () => {
  it('throws a sentence on an invalid required rule', () => {
    expect(() => mergeSpf(undefined, ['include'])).toThrow(/required SPF rule "include" is not valid/);
    expect(() => mergeSpf(undefined, ['-all'])).toThrow(/options.all/);
    expect(() => missingSpfRules('v=spf1 -all', ['redirect=x.example.com'])).toThrow(/cannot be merged/);
  });
  it('throws on an all option that is not an all term', () => {
    expect(() => mergeSpf(undefined, OVH, { defaultAll: 'reject' })).toThrow(/options.defaultAll must be an all term/);
  });
});

describe('properties', () => {
  const rule = fc.constantFrom(
    'include:mx.ovh.com',
    'include:mx.ovh.ca',
    'include:spf.protection.outlook.com',
    'a',
    'mx',
    '-a:example.com',
    'ip4:192.0.2.1',
    'ip6:2001:db8::1',
    '~exists:%{i}.example.com',
  );
  const ending = fc.constantFrom('', ' ~all', ' -all', ' ?all', ' redirect=_spf.example.com', ' -all exp=e.example.com');
  const existing = fc
    // Other spellings and qualifiers of the same rules exercise the semantic comparison.
    .tuple(fc.array(fc.oneof(rule, fc.constantFrom('include:MX.OVH.com.', '?mx', '-include:mx.ovh.ca', 'a/32')), { maxLength: 5 }), ending)
    .map(([rules, end]) => `v=spf1${rules.map((r) => ` ${r}`).join('')}${end}`);
  const required = fc.array(rule, { maxLength: 4 });

  it('the merged policy is valid, lacks no required rule, and merging again changes nothing', () => {
    fc.assert(
      fc.property(fc.option(existing, { nil: undefined }), required, (policy, rules) => {
        const merged = mergeSpf(policy, rules);
        expect(parseSpf(merged).problems).toEqual([]);
        expect(missingSpfRules(merged, rules)).toEqual([]);
        expect(mergeSpf(merged, rules)).toBe(merged);
      }),
    );
  });

  it('every existing term stays, in order', () => {
    fc.assert(
      fc.property(existing, required, (policy, rules) => {
        const before = parseSpf(policy).terms.map((t) => t.raw.replace(/^[+?~-]/, ''));
        const after = parseSpf(mergeSpf(policy, rules)).terms.map((t) => t.raw.replace(/^[+?~-]/, ''));
        const kept = after.filter((raw) => before.includes(raw));
        expect(before.every((raw) => kept.includes(raw))).toBe(true);
        let cursor = 0;
        for (const raw of before) {
          cursor = after.indexOf(raw, cursor);
          expect(cursor).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('several records merge into the same policy whatever their order, and it lacks none of the required rules', () => {
    const permuted = fc
      .uniqueArray(existing, { minLength: 2, maxLength: 4 })
      .chain((policies) => fc.tuple(fc.constant(policies), fc.shuffledSubarray(policies, { minLength: policies.length, maxLength: policies.length })));
    fc.assert(
      fc.property(permuted, required, ([policies, shuffled], rules) => {
        const merged = mergeSpfRecords(policies, rules);
        expect(mergeSpfRecords(shuffled, rules)).toBe(merged);
        expect(rankSpfRecords(shuffled, rules)).toEqual(rankSpfRecords(policies, rules));
        expect(missingSpfRules(merged, rules)).toEqual([]);
      }),
    );
  });
});
