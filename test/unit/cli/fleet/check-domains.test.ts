import { describe, expect, it } from 'vitest';
import { batchedWriter } from '../../../../src/cli/fleet/check-domains.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchedWriter', () => {
  it('writes the lines of one turn of the event loop in one piece, in order', async () => {
    const writes: string[] = [];
    const output = batchedWriter((text) => writes.push(text));
    output.write('{"line":1}\n');
    output.write('{"line":2}\n');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['{"line":1}\n{"line":2}\n']);
    output.write('{"line":3}\n');
    await nextTurn();
    expect(writes).toEqual(['{"line":1}\n{"line":2}\n', '{"line":3}\n']);
  });

  it('writes at once past 64 KiB held back, and what is left on flush', async () => {
    const writes: string[] = [];
    const output = batchedWriter((text) => writes.push(text));
    const big = `${'x'.repeat(1 << 16)}\n`;
    output.write(big);
    expect(writes).toEqual([big]);
    output.write('last\n');
    output.flush();
    expect(writes).toEqual([big, 'last\n']);
    await nextTurn();
    expect(writes).toHaveLength(2);
  });
});
