import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../../src/lib/bytes.js';

describe('joinBytes', () => {
  it('joins the parts in order', () => {
    expect([...joinBytes([Uint8Array.of(1, 2), Uint8Array.of(), Uint8Array.of(3)])]).toEqual([1, 2, 3]);
  });

  it('gives nothing for no part, and the one part itself for one', () => {
    expect(joinBytes([]).byteLength).toBe(0);
    const one = Uint8Array.of(7);
    expect(joinBytes([one])).toBe(one);
  });
});
