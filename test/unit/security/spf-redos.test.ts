import { describe, expect, test } from 'vitest';
import { countSpfLookups, mergeSpfRecords, missingSpfRules, parseSpf, spfTermKey } from '../../../src/records/spf/index.js';
import { expectNoHang } from '../../support/cpu-time.js';

/**
 * An SPF record arrives from DNS (the checked zone) or from a registrar page's table (the fill
 * plan): a TXT record may hold up to 64 KB, and none of it may make comparing terms slow.
 */
describe('hostile SPF records are compared in linear time', () => {
  test.each([
    ['an include of 30,000 unclosed macros (60 KB)', 'v=spf1 include:' + '%{'.repeat(30_000) + ' -all'],
  ])('%s', async (why, record) => {
    await expectNoHang(() => missingSpfRules(record, ['include:mx.ovh.com']), `${why}, missing rules`);
    await expectNoHang(() => mergeSpfRecords([record], ['include:mx.ovh.com']), `${why}, merged`);
  });
});

/** RFC 7208 syntax checks (domain-specs, macros, CIDR suffixes, characters) on 60 KB records. */
describe('hostile SPF records are parsed and counted in linear time', () => {
  const noDns = async () => [];
  test.each([
    ['30,000 valid macros and no top label', 'v=spf1 a:' + '%{d}'.repeat(15_000) + 'x -all'],
    ['30,000 unclosed macros closed once at the end', 'v=spf1 exists:' + '%{'.repeat(30_000) + '}'],
    ['a macro with 60,000 digits and a bad letter', 'v=spf1 exists:%{d' + '1'.repeat(60_000) + 'x}.example.com'],
    ['an unclosed macro of 60,000 delimiters', 'v=spf1 exists:%{d1r' + '.'.repeat(60_000)],
    ['60,000 percent signs in an unknown modifier', 'v=spf1 foo=' + '%'.repeat(60_000)],
    ['a 60,000-character top label ending in a dash', 'v=spf1 a:x.' + 'a1'.repeat(30_000) + '-'],
    ['30,000 CIDR-like suffixes', 'v=spf1 a:' + '/1'.repeat(30_000)],
    ['30,000 slashes before a prefix', 'v=spf1 mx:x.com' + '/'.repeat(30_000) + '1'],
    ['60,000 spaces', 'v=spf1' + ' '.repeat(60_000) + 'a'],
    ['60,000 carriage returns', 'v=spf1 a' + '\r'.repeat(60_000)],
    ['30,000 labels', 'v=spf1 include:' + 'x.'.repeat(30_000) + 'com'],
  ])('%s', async (why, record) => {
    await expectNoHang(() => parseSpf(record), `${why}, parsed`);
    await expectNoHang(() => countSpfLookups(record, noDns, { domain: 'example.com' }), `${why}, counted`);
  });
});

describe('term keys keep reading macros as before', () => {
  test('domain case folds, macro letters keep theirs (they mean URL-escaping)', () => {
    const [term] = parseSpf('v=spf1 exists:%{I}.Example.COM.').terms;
    const [same] = parseSpf('v=spf1 exists:%{I}.example.com').terms;
    expect(spfTermKey(term!)).toBe(spfTermKey(same!));
    expect(spfTermKey(term!)).toContain('.example.com');
  });
});
