import { describe, expect, test } from 'vitest';
import { mergeSpfRecords, missingSpfRules, parseSpf, spfTermKey } from '../../../src/records/spf/index.js';

/**
 * An SPF record arrives from DNS (the checked zone) or from a registrar page's table (the fill
 * plan): a TXT record may hold up to 64 KB, and none of it may make comparing terms slow.
 */
const BUDGET_MS = 500;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('hostile SPF records are compared in linear time', () => {
  test.each([
    ['an include of 30,000 unclosed macros (60 KB)', 'v=spf1 include:' + '%{'.repeat(30_000) + ' -all'],
  ])('%s', (_why, record) => {
    expect(timed(() => missingSpfRules(record, ['include:mx.ovh.com']))).toBeLessThan(BUDGET_MS);
    expect(timed(() => mergeSpfRecords([record], ['include:mx.ovh.com']))).toBeLessThan(BUDGET_MS);
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
