import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitCodeForResults } from '../../../src/cli/exit-codes.js';
import type { CheckRow, CheckStatus } from '../../../src/dns/check/types.js';
import { applyStatusTable, type ResolverVerdict, type TableInput, type Verdict } from '../../../src/dns/status-table.js';

const VERDICTS: Verdict[] = ['wrong', 'conflict', 'spf', 'proxied', 'absent', 'unverified', 'ok'];
const verdict = fc.record({ verdict: fc.constantFrom(...VERDICTS), ttl: fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: undefined }) }, { requiredKeys: ['verdict'] });
const input = fc.record({ verdicts: fc.array(verdict, { maxLength: 4 }), servfail: fc.boolean() });

const v = (...verdicts: Verdict[]): ResolverVerdict[] => verdicts.map((name) => ({ verdict: name }));
const statusOf = (tableInput: TableInput) => applyStatusTable(tableInput).status;

/**
 * The issue's table, row by row, written as its own sentences say it: the oracle the
 * implementation is compared with on every generated combination.
 */
function issueTable({ verdicts, servfail }: TableInput): CheckStatus {
  const some = (name: Verdict) => verdicts.some((x) => x.verdict === name);
  if (some('wrong')) return 'mismatch'; // a resolver answers another value (another may have the right one)
  if (some('conflict')) return 'conflict'; // an extra record breaks the set
  if (some('spf')) return 'mismatch'; // SPF: over 10 lookups, loop, permerror
  if (some('proxied')) return 'mismatch'; // Cloudflare proxy or flattened DKIM
  const answered = verdicts.length > 0;
  if (answered && verdicts.every((x) => x.verdict === 'absent')) return 'missing'; // no resolver that answered has it
  if (some('absent')) return 'pending'; // one has it, another answers NXDOMAIN/NODATA
  if (answered && servfail) return 'error'; // SERVFAIL for the name
  if (some('unverified')) return 'error'; // an SPF include could not be read (lower bound ≤ 10)
  if (!answered) return 'error'; // no resolver could answer
  return 'ok';
}

describe('the status table', () => {
  it('gives the status of the issue’s table, first matching row, for every combination (property)', () => {
    fc.assert(
      fc.property(input, (tableInput) => {
        expect(statusOf(tableInput)).toBe(issueTable(tableInput));
      }),
    );
  });

  it('does not depend on the order the resolvers answered in (property)', () => {
    fc.assert(
      fc.property(input.chain((i) => fc.tuple(fc.constant(i), fc.shuffledSubarray(i.verdicts, { minLength: i.verdicts.length }))), ([tableInput, shuffled]) => {
        const a = applyStatusTable(tableInput);
        const b = applyStatusTable({ ...tableInput, verdicts: shuffled });
        expect([b.status, b.row, b.retryAfterSeconds]).toEqual([a.status, a.row, a.retryAfterSeconds]);
      }),
    );
  });

  it('never reads ok while a resolver answers another value, whatever the others say (property)', () => {
    fc.assert(
      fc.property(input, fc.nat(4), (tableInput, at) => {
        const verdicts = [...tableInput.verdicts];
        verdicts.splice(Math.min(at, verdicts.length), 0, { verdict: 'wrong' });
        expect(statusOf({ ...tableInput, verdicts })).toBe('mismatch');
      }),
    );
  });

  it('points at the first verdict that made the row match, whose sentence the row takes', () => {
    expect(applyStatusTable({ verdicts: v('ok', 'wrong', 'wrong'), servfail: false })).toMatchObject({ row: 'wrong', source: 1 });
    expect(applyStatusTable({ verdicts: v('ok', 'absent'), servfail: false })).toMatchObject({ row: 'pending', source: 1 });
    expect(applyStatusTable({ verdicts: v('conflict', 'spf'), servfail: false })).toMatchObject({ row: 'conflict', status: 'conflict', source: 0 });
    expect(applyStatusTable({ verdicts: v('ok'), servfail: true })).toMatchObject({ row: 'servfail', status: 'error' });
    expect(applyStatusTable({ verdicts: [], servfail: true })).toMatchObject({ row: 'unanswered', status: 'error' });
    expect(applyStatusTable({ verdicts: [], servfail: true }).source).toBeUndefined();
  });

  it('reads the issue’s examples as it states them', () => {
    // MX 0 mx.attacker.example on one resolver, the right MX on the other.
    expect(statusOf({ verdicts: v('ok', 'wrong'), servfail: false })).toBe('mismatch');
    // NXDOMAIN on one resolver, the record on the other.
    expect(statusOf({ verdicts: v('absent', 'ok'), servfail: false })).toBe('pending');
    expect(statusOf({ verdicts: v('absent', 'absent'), servfail: false })).toBe('missing');
    expect(statusOf({ verdicts: v('absent'), servfail: true })).toBe('missing');
    expect(statusOf({ verdicts: v('ok'), servfail: true })).toBe('error');
    expect(statusOf({ verdicts: v('ok', 'unverified'), servfail: false })).toBe('error');
    expect(statusOf({ verdicts: v('ok', 'ok'), servfail: false })).toBe('ok');
  });
});

describe('retryAfterSeconds', () => {
  it('is null for ok and error, an integer otherwise when a TTL is known (property)', () => {
    fc.assert(
      fc.property(input, (tableInput) => {
        const { status, retryAfterSeconds } = applyStatusTable(tableInput);
        if (status === 'ok' || status === 'error') expect(retryAfterSeconds).toBeNull();
        else if (retryAfterSeconds !== null) expect(Number.isInteger(retryAfterSeconds)).toBe(true);
      }),
    );
  });

  it('waits for the longest negative cache on missing and pending, for the old answer on mismatch and conflict', () => {
    const absentFor = (ttl: number): ResolverVerdict => ({ verdict: 'absent', ttl });
    expect(applyStatusTable({ verdicts: [absentFor(300), absentFor(60)], servfail: false }).retryAfterSeconds).toBe(300);
    expect(applyStatusTable({ verdicts: [{ verdict: 'ok', ttl: 3600 }, absentFor(300)], servfail: false }).retryAfterSeconds).toBe(300);
    expect(applyStatusTable({ verdicts: [{ verdict: 'ok', ttl: 3600 }, { verdict: 'wrong', ttl: 120 }], servfail: false }).retryAfterSeconds).toBe(120);
    expect(applyStatusTable({ verdicts: [{ verdict: 'conflict', ttl: 90 }, absentFor(300)], servfail: false }).retryAfterSeconds).toBe(90);
    expect(applyStatusTable({ verdicts: [{ verdict: 'absent' }], servfail: false }).retryAfterSeconds).toBeNull();
    expect(applyStatusTable({ verdicts: [{ verdict: 'ok', ttl: 3600 }], servfail: true }).retryAfterSeconds).toBeNull();
  });
});

describe('exit code of a check', () => {
  const rows = (...statuses: CheckStatus[]) => statuses.map((status) => ({ status }) as CheckRow);

  it('is 1 on any missing/mismatch/conflict, else 3 on any error/pending, else 0', () => {
    expect(exitCodeForResults(rows('ok', 'pending'))).toBe(3);
    expect(exitCodeForResults(rows('ok', 'error'))).toBe(3);
    expect(exitCodeForResults(rows('pending', 'missing'))).toBe(1);
    expect(exitCodeForResults(rows('error', 'mismatch'))).toBe(1);
    expect(exitCodeForResults(rows('conflict'))).toBe(1);
    expect(exitCodeForResults(rows('ok', 'ok'))).toBe(0);
    expect(exitCodeForResults(rows())).toBe(0);
  });
});
