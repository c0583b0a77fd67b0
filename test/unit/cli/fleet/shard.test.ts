import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, readShard } from '../../../../src/cli/fleet/shard.js';
import { UsageError } from '../../../../src/cli/usage-error.js';

describe('--shard K/N', () => {
  it('reads K/N, 1-based, spaces forgiven', () => {
    expect(readShard(['2/8'])).toEqual({ index: 2, count: 8 });
    expect(readShard([' 1 / 1 '])).toEqual({ index: 1, count: 1 });
    expect(readShard([])).toBeUndefined();
  });

  it.each(['0/4', '5/4', '1/0', '-1/4', '1.5/4', '1/4/2', '2', '', 'a/b', '1/10000000'])('refuses %j with a sentence and an example', (value) => {
    expect(() => readShard([value])).toThrow(UsageError);
    try {
      readShard([value]);
    } catch (error) {
      expect((error as UsageError).problem.en).toContain('e.g. --shard 2/8');
    }
  });

  it('gives setup p to shard K when (p - 1) mod N = K - 1', () => {
    const positions = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(positions.filter((p) => inShard(p, { index: 2, count: 3 }))).toEqual([2, 5, 8]);
    expect(positions.filter((p) => inShard(p, undefined))).toEqual(positions);
  });

  it('puts every setup in exactly one shard, whatever N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 500 }), (count, position) => {
        const owners = Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(position, { index, count }));
        expect(owners).toHaveLength(1);
      }),
    );
  });
});
