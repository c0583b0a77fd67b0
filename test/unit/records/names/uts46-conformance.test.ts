import { describe, expect, it } from 'vitest';
import { parseName } from '../../../../src/records/names/parse-name.js';
import { readIdnaCases, type IdnaCase } from './idna-test-file.js';

/**
 * Unicode's own conformance file (test/data/idna/, UTS #46 17.0.0) through the name parser's shared
 * rules (parseName: what a zone and a host both obey, before the zone-only rules), against the
 * nontransitional toASCII column with every flag on. Each line must give the same name or the same
 * refusal, except for the house's two deliberate differences, counted here so that a change in
 * either shows.
 */
const cases = readIdnaCases();
const SEPARATOR_AT_END = /[.\u3002\uFF0E\uFF61]$/u;
/** Format characters UTS #46 ignores silently and we refuse (parse-name.ts says why). */
const REFUSED_FORMAT = /(?![\u00ad\u200c\u200d])\p{Cf}/u;

type Verdict = 'same' | 'final dot accepted' | 'format character refused' | 'different';

function verdict(test: IdnaCase): Verdict {
  const parsed = parseName(test.source, { allowUnderscore: false });
  const expected = test.errors.length === 0 ? test.ascii : null;
  const actual = parsed.ok ? parsed.ascii : null;
  if (expected === actual) return 'same';
  // UTS #46 reads `example.com.` as ending in an empty label (A4_2); we read it as the zone-file spelling.
  if (parsed.ok && test.errors.join() === 'A4_2' && SEPARATOR_AT_END.test(test.source)) return 'final dot accepted';
  if (!parsed.ok && expected !== null && REFUSED_FORMAT.test(test.source)) return 'format character refused';
  return 'different';
}

describe('UTS #46 conformance (IdnaTestV2.txt 17.0.0, toAsciiN)', () => {
  const verdicts = cases.map((test) => ({ test, verdict: verdict(test) }));

  it('reads every line of the file', () => {
    expect(cases.length).toBe(6391);
  });

  it('gives the same name or the same refusal on every line but the deliberate differences', () => {
    const different = verdicts.filter((v) => v.verdict === 'different').map((v) => `line ${v.test.line}: ${JSON.stringify(v.test.source)}`);
    expect(different).toEqual([]);
  });

  it('differs only where the house decided to, on a known number of lines', () => {
    const count = (wanted: Verdict): number => verdicts.filter((v) => v.verdict === wanted).length;
    expect(count('final dot accepted')).toBe(66);
    expect(count('format character refused')).toBe(8);
    expect(count('same')).toBe(cases.length - 74);
  });

  it('refuses with a sentence in both languages whenever it refuses', () => {
    for (const { test } of verdicts.slice(0, 800)) {
      const parsed = parseName(test.source, { allowUnderscore: false });
      if (parsed.ok) continue;
      expect(parsed.problem.en).toMatch(/[.!?]$/);
      expect(parsed.problem.fr).not.toBe(parsed.problem.en);
    }
  });
});
