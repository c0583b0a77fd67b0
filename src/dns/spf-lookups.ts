import { countSpfLookups, isSpf } from '../records/spf.js';
import type { SpfLookups } from './check-spf.js';
import type { Observation, Question } from './types.js';

type Ask = (question: Question) => Promise<Observation>;

/** TXT texts at a name from the first resolver that answered; throws with the resolvers' errors. */
export function txtResolver(ask: Ask): (name: string) => Promise<string[]> {
  return async (name) => {
    const observation = await ask({ name, type: 'TXT' });
    const outcomes = Object.values(observation.byResolver);
    const answered = outcomes.find((o) => o.ok && (o.answer.rcode === 'NOERROR' || o.answer.rcode === 'NXDOMAIN'));
    if (answered?.ok) return answered.answer.records.filter((r) => r.type === 'TXT' && r.name === name).map((r) => r.value);
    const errors = outcomes.map((o) => (o.ok ? o.answer.rcode : o.error));
    throw new Error(`no resolver answered for ${name} (${errors.join('; ')})`);
  };
}

/** Expand the SPF policy in place at `name` (or the one we recommend) through the same resolvers. */
export async function spfLookups(domain: string, policies: string[], fallback: string, ask: Ask): Promise<SpfLookups> {
  const spf = policies.filter(isSpf);
  const policy = spf.length === 1 ? spf[0]! : fallback;
  const result = await countSpfLookups(policy, txtResolver(ask), { domain });
  return { count: result.count, warnings: result.warnings, incomplete: result.incomplete };
}
