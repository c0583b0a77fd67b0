import { describe, expect, it } from 'vitest';
import { reportLabel, type ReportLabel } from '../../../src/report/report-labels.js';
import { MESSAGE_SAMPLES } from '../../support/every-sentence.js';

const LABELS: ReportLabel[] = ['noRecords', 'unexpectedRecord', 'resolversDisagree', 'authenticated', 'ttl', 'nameservers'];

describe('French typography of the check, resolver and report sentences', () => {
  const sentences = { ...MESSAGE_SAMPLES.checkMessages, ...MESSAGE_SAMPLES.resolverMessages };
  const french = [...Object.entries(sentences).map(([key, s]) => [key, s.fr] as const), ...LABELS.map((key) => [key, reportLabel(key, 'fr')] as const)];

  it.each(french)('%s: ’, « », a no-break space before : and ;', (_, text) => {
    expect(text).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/); // n'est → n’est
    expect(text).not.toMatch(/ [:;!?]/); // an ordinary space lets the mark start a line
    expect(text).not.toMatch(/[^\u00a0\u202f][;!?]/); // no space at all before ; ! ?
    expect(text).not.toMatch(/[A-Za-zÀ-ÿ)»]:(?=\s)/); // no space at all before a colon (not ip4:, http:)
    expect(text).not.toMatch(/"/); // « » in French
    expect(text).not.toMatch(/« |«(?!\u00a0)| »/);
  });

  it('says no English sentence in French', () => {
    for (const [, text] of french) expect(text).not.toMatch(/\b(the|timed out|could not|from the|no resolver)\b/i);
  });
});
