import { LocalizedError } from '../lib/localized-error.js';
import { countSpfLookups, isSpf, mergeSpfRecords, missingSpfRules, type SpfResolve } from '../records/spf/index.js';
import type { DesiredRecord } from '../services/desired.js';
import { recordsAnswering } from './follow-aliases.js';
import { resolverMessages } from './resolver/messages.js';
import type { SpfLookups } from './check/spf.js';
import type { Observation, Question } from './types.js';

type Ask = (question: Question) => Promise<Observation>;

/**
 * What SPF lookup counting asks (TXT, A, AAAA, MX), answered by the first resolver that answered
 * (NOERROR or NXDOMAIN: an empty list is a void lookup); throws a LocalizedError with the
 * resolvers' reasons when none did.
 */
export function spfResolver(ask: Ask): SpfResolve {
  return async (name, type) => {
    const observation = await ask({ name, type });
    const outcomes = Object.values(observation.byResolver);
    const answered = outcomes.find((o) => o.ok && (o.answer.rcode === 'NOERROR' || o.answer.rcode === 'NXDOMAIN'));
    // An include or host published as an alias (CNAME) counts with the records at its end.
    if (answered?.ok) return recordsAnswering(answered.answer.records, name, type).records.map((r) => r.value);
    // The caller names `name` in its own sentence: the error says only why, in every language.
    throw new LocalizedError(resolverMessages.reasons(outcomes.map((o) => (o.ok ? resolverMessages.rcode(o.answer.rcode) : o.errorText))));
  };
}

/** Follow one published policy: what checkSpf and spfVerdict need. */
export async function policyLookups(policy: string, name: string, ask: Ask, counted: SpfLookups['counted']): Promise<SpfLookups> {
  const { includes: _followed, ...result } = await countSpfLookups(policy, spfResolver(ask), { domain: name });
  return { ...result, counted };
}

/**
 * Count the DNS lookups of the policy the user will end up with: the one in place when it
 * already holds the service's rules, otherwise the merged one we tell them to publish (a merge
 * that pushes the policy past 10 lookups must not be recommended silently).
 */
export function spfLookups(desired: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, policies: string[], ask: Ask): Promise<SpfLookups> {
  const spf = policies.filter(isSpf);
  const inPlace = spf.length === 1 && missingSpfRules(spf[0]!, desired.spf.rules).length === 0;
  const policy = inPlace ? spf[0]! : mergeSpfRecords(spf, desired.spf.rules, { defaultAll: desired.spf.all });
  return policyLookups(policy, desired.name, ask, inPlace ? 'in-place' : 'merged');
}
