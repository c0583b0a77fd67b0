import { LocalizedError } from '../lib/localized-error.js';
import { countSpfLookups, isSpf, mergeSpfRecords, missingSpfRules } from '../records/spf/index.js';
import type { DesiredRecord } from '../services/desired.js';
import { recordsAnswering } from './follow-aliases.js';
import { resolverMessages } from './resolver/messages.js';
import type { SpfLookups } from './check/spf.js';
import type { Observation, Question } from './types.js';

type Ask = (question: Question) => Promise<Observation>;

/** TXT texts at a name from the first resolver that answered; throws a LocalizedError with the resolvers' reasons. */
export function txtResolver(ask: Ask): (name: string) => Promise<string[]> {
  return async (name) => {
    const observation = await ask({ name, type: 'TXT' });
    const outcomes = Object.values(observation.byResolver);
    const answered = outcomes.find((o) => o.ok && (o.answer.rcode === 'NOERROR' || o.answer.rcode === 'NXDOMAIN'));
    // An include published as an alias (CNAME) counts with the records at its end.
    if (answered?.ok) return recordsAnswering(answered.answer.records, name, 'TXT').records.map((r) => r.value);
    // The caller names `name` in its own sentence: the error says only why, in every language.
    throw new LocalizedError(resolverMessages.reasons(outcomes.map((o) => (o.ok ? resolverMessages.rcode(o.answer.rcode) : o.errorText))));
  };
}

/**
 * Count the DNS lookups of the policy the user will end up with: the one in place when it
 * already holds the service's rules, otherwise the merged one we tell them to publish (a merge
 * that pushes the policy past 10 lookups must not be recommended silently).
 */
export async function spfLookups(desired: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, policies: string[], ask: Ask): Promise<SpfLookups> {
  const spf = policies.filter(isSpf);
  const inPlace = spf.length === 1 && missingSpfRules(spf[0]!, desired.spf.rules).length === 0;
  const policy = inPlace ? spf[0]! : mergeSpfRecords(spf, desired.spf.rules, { defaultAll: desired.spf.all });
  const result = await countSpfLookups(policy, txtResolver(ask), { domain: desired.name });
  return {
    count: result.count,
    warnings: result.warnings.filter((w) => w !== result.overLimit),
    incomplete: result.incomplete,
    counted: inPlace ? 'in-place' : 'merged',
    ...(result.overLimit && { overLimit: result.overLimit }),
  };
}
