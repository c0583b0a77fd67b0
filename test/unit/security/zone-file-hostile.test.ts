import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectNoHang } from '../../support/cpu-time.js';
import { memoryIo } from '../../support/memory-io.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { MAX_ZONE_FILE_BYTES } from '../../../src/cli/zone-file-input.js';
import { loadZone } from '../../../src/records/zone-file/load.js';

/**
 * A zone file comes from a customer's export, a ticket, a mail: hostile input. The parser must
 * never throw anything but a sentence naming FILE:LINE, never hang (the tokenizer is one pass by
 * index, every pattern on a token is linear), and the CLI refuses a file over its size cap
 * without reading past it. The NSD fuzzing corpus (test/data/zones/nsd/hostile) is read in
 * zone-oracles.test.ts; here, generated files.
 */

/** Pieces that matter to a zone-file reader, and some that do not belong there at all. */
const piece = fc.oneof(
  fc.constantFrom(' ', '\t', '\n', '\r\n', '(', ')', '"', '\\', '\\#', ';', '.', '@', '*', '$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', '$X'),
  fc.constantFrom('IN', 'CH', 'CLASS1', 'TYPE16', 'TYPE65535', 'A', 'AAAA', 'MX', 'TXT', 'SRV', 'CNAME', 'SOA', 'NS', 'ANY', 'ALIAS'),
  fc.constantFrom('3600', '1h30m', '99999999999', '0', '65536', '192.0.2.1', '::1', '4', 'C0000201', 'example.com.', 'a\\.b', '\\065', '\\999'),
  fc.constantFrom('\0', '\u202e', '\u200b', '\u0085', '\x1b[2K', 'é', '😀', '\uD800'),
  fc.string({ maxLength: 8 }),
);
const zoneText = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
const originArb = fc.option(fc.constantFrom('example.com', '', 'a\\.b.example'), { nil: undefined });

function io(bytes: Uint8Array) {
  const { io: cliIo, out } = memoryIo({ fetch: () => Promise.reject(new Error('no network in this test')), readFile: async () => bytes });
  return { cliIo, out };
}

describe('generated zone files', () => {
  test('the parser never throws; every error and skipped line is a sentence on a line of the file', () => {
    fc.assert(
      fc.property(zoneText, originArb, (text, origin) => {
        const zone = loadZone(text, origin === undefined ? {} : { origin });
        const lineCount = text.split('\n').length;
        for (const note of [...zone.errors, ...zone.skipped]) {
          expect(note.line).toBeGreaterThanOrEqual(1);
          expect(note.line).toBeLessThanOrEqual(lineCount);
          expect(note.reason.en).toMatch(/[.!?]$/);
          expect(note.reason.fr).toMatch(/[.!?»]$/);
        }
        for (const { line } of zone.records) expect(line).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 2000 },
    );
  });

  test('the zone command exits 0 with JSON or 2 with FILE:LINE sentences, terminal-safe', async () => {
    await fc.assert(
      fc.asyncProperty(zoneText, async (text) => {
        const { cliIo, out } = io(new TextEncoder().encode(text));
        const code = await runCli(['zone', 'hostile.zone', '--origin', 'example.com'], cliIo);
        expect([0, 2]).toContain(code);
        if (code === 0) expect(() => JSON.parse(out.stdout)).not.toThrow();
        for (const line of out.stderr.split('\n').filter(Boolean)) {
          expect(line).toMatch(/^hostile\.zone(:\d+: .+[.!?»]|: \d+ more errors\.)$/);
          // No raw control or bidi character reaches the terminal.
          expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Pathological shapes: each one would take minutes with a quadratic reader. The budget is CPU
 * time, not wall time: the test machines run many jobs at once.
 */
/** Files of megabytes: more than the one-line inputs' cap, still far from a hang's minutes. */
const BUDGET_MS = 3000;
const HUGE: [string, string][] = [
  ['a quote never closed, then a million characters', '"' + 'x'.repeat(1_000_000)],
  ['a parenthesis never closed over 200,000 lines', 'a 60 TXT (\n' + '"x"\n'.repeat(200_000)],
  ['a million backslashes', '\\'.repeat(1_000_000)],
  ['200,000 lines that inherit no owner', '  A 192.0.2.1\n'.repeat(200_000)],
  ['one token of 4 MB', 'a'.repeat(4_000_000) + ' A 192.0.2.1'],
  ['a comment of 4 MB, then a record', ';' + 'x'.repeat(4_000_000) + '\na A 192.0.2.1'],
  ['100,000 records of one RRset', '$TTL 60\n' + Array.from({ length: 100_000 }, (_, i) => `a A 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`).join('\n')],
];

describe('hostile sizes', () => {
  test.each(HUGE)('%s is read in bounded time', async (what, text) => {
    let zone: ReturnType<typeof loadZone> | undefined;
    await expectNoHang(() => (zone = loadZone(text, { origin: 'example.com' })), what, BUDGET_MS);
    expect((zone?.errors.length ?? 0) + (zone?.records.length ?? 0)).toBeGreaterThan(0);
  });

  test('a file over the cap is refused with a sentence, without being read further', async () => {
    let asked = 0;
    const { cliIo, out } = io(new Uint8Array(0));
    cliIo.readFile = async (_path, maxBytes) => {
      asked = maxBytes;
      return new Uint8Array(maxBytes + 1);
    };
    expect(await runCli(['zone', 'big.zone', '--origin', 'example.com'], cliIo)).toBe(2);
    expect(asked).toBe(MAX_ZONE_FILE_BYTES);
    expect(out.stderr).toMatch(/^big\.zone is larger than 16 MiB, .+\.\n$/);
  });
});
