import { describe, expect, it } from 'vitest';
import { readLines, type FileLine } from '../../../../src/cli/fleet/read-lines.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function linesOf(chunks: Uint8Array[], maxBytes = 32): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  for await (const line of readLines((async function* () { yield* chunks; })(), maxBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('numbers lines from 1, drops CR before LF and a leading byte-order mark, keeps a last line without LF', async () => {
    expect(await linesOf([bytes('\uFEFFa.test\r\n\r\n# c\nb.test')])).toEqual([
      { number: 1, text: 'a.test' },
      { number: 2, text: '' },
      { number: 3, text: '# c' },
      { number: 4, text: 'b.test' },
    ]);
    expect(await linesOf([bytes('a.test\n')])).toEqual([{ number: 1, text: 'a.test' }]);
  });

  it('joins a line and a character split across chunks', async () => {
    const whole = bytes('café.test ovh-mx-plan\nb.test\n');
    const oneByOne = [...whole].map((byte) => Uint8Array.of(byte));
    expect((await linesOf(oneByOne)).map((line) => line.text)).toEqual(['café.test ovh-mx-plan', 'b.test']);
  });

  it('keeps only the first maxBytes of a long line, says so, and reads the next line whole', async () => {
    const long = 'x'.repeat(100);
    const lines = await linesOf([bytes(`${long.slice(0, 50)}`), bytes(`${long.slice(50)}\nnext.test\n`)], 32);
    expect(lines[0]).toEqual({ number: 1, text: 'x'.repeat(32), problem: 'too-long' });
    expect(lines[1]).toEqual({ number: 2, text: 'next.test' });
  });

  it('reads a gigabyte-long line holding no more than the cap', async () => {
    const mib = new Uint8Array(1 << 20).fill(0x61);
    async function* gigabyte() {
      for (let i = 0; i < 1024; i++) yield mib;
      yield bytes('\nok.test\n');
    }
    const lines: FileLine[] = [];
    for await (const line of readLines(gigabyte(), 8192)) lines.push(line);
    expect(lines.map((line) => [line.number, line.text.length, line.problem])).toEqual([
      [1, 8192, 'too-long'],
      [2, 7, undefined],
    ]);
  });

  it('marks a line that is not UTF-8, showing replacement characters', async () => {
    expect(await linesOf([Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x0a)])).toEqual([{ number: 1, text: 'caf\uFFFD', problem: 'not-utf8' }]);
  });
});
