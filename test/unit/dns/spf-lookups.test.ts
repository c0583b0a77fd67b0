import { describe, expect, it } from 'vitest';
import { spfResolver } from '../../../src/dns/spf-lookups.js';
import type { Observation, Question, ResolverOutcome } from '../../../src/dns/types.js';
import { LocalizedError } from '../../../src/lib/localized-error.js';
import { countSpfLookups } from '../../../src/records/spf/index.js';

const R1 = 'https://r1.test/dns-query';
const R2 = 'https://r2.test/dns-query';
const REFUSED: ResolverOutcome = { ok: true, answer: { rcode: 'REFUSED', ad: false, records: [], nameservers: [] } };
const TIMED_OUT: ResolverOutcome = { ok: false, error: 'timed out after 4000 ms', errorText: { en: 'timed out after 4000 ms', fr: 'pas de réponse au bout de 4000\u00a0ms' } };

const asking = (byResolver: Record<string, ResolverOutcome>) => async (question: Question): Promise<Observation> => ({ ...question, byResolver });

describe('spfResolver: an SPF include nobody could read', () => {
  it('throws why, in every language, each reason once', async () => {
    const error = await spfResolver(asking({ [R1]: REFUSED, [R2]: REFUSED }))('mx.ovh.com', 'TXT').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalizedError);
    expect((error as LocalizedError).text).toEqual({
      en: 'REFUSED: the resolver refused the question',
      fr: 'REFUSED\u00a0: le résolveur a refusé la question',
    });
  });

  it('gives a French lookup warning with no English in it (the UX review\'s "REFUSED; REFUSED")', async () => {
    const result = await countSpfLookups('v=spf1 include:mx.ovh.com ~all', spfResolver(asking({ [R1]: REFUSED, [R2]: TIMED_OUT })));
    expect(result.warnings).toEqual([
      {
        en: 'Could not read the SPF record of mx.ovh.com (REFUSED: the resolver refused the question; timed out after 4000 ms), so its DNS lookups are not counted: check again later.',
        fr: 'Impossible de lire l’enregistrement SPF de mx.ovh.com (REFUSED\u00a0: le résolveur a refusé la question\u202f; pas de réponse au bout de 4000\u00a0ms), ses requêtes DNS ne sont donc pas comptées\u00a0: vérifiez de nouveau plus tard.',
      },
    ]);
  });
});
