import { isSpf } from '../records/spf/index.js';
import type { DesiredSet } from '../services/desired.js';
import { check, checkQuestions } from './check/check.js';
import type { SpfLookups } from './check/spf.js';
import type { CheckReport } from './check/types.js';
import { findNameservers } from './nameservers.js';
import { createResolver } from './resolver/resolver.js';
import { spfLookups } from './spf-lookups.js';
import type { Observation, Question } from './types.js';

export interface RunCheckInput {
  set: DesiredSet;
  resolvers: readonly string[];
  fetch: typeof fetch;
  /** Per query (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Follow the SPF policy's include:/redirect= to count DNS lookups (default true). */
  expandSpf?: boolean;
}

/**
 * Ask every question of the set at once (records, name servers), then expand the SPF policy
 * found, then compare. Wall time ≈ one round trip + the SPF include chain.
 */
export async function runCheck(input: RunCheckInput): Promise<CheckReport> {
  const resolver = createResolver({ resolvers: input.resolvers, fetch: input.fetch, ...(input.timeoutMs && { timeoutMs: input.timeoutMs }) });
  const { set } = input;
  const questions = checkQuestions(set);
  const spfRecord = set.records.find((r) => r.spf);
  const expandSpf = (input.expandSpf ?? true) && spfRecord !== undefined;
  const total = questions.length + 1 + (expandSpf ? 1 : 0);
  let done = 0;
  const step = <T>(promise: Promise<T>): Promise<T> =>
    promise.finally(() => input.onProgress?.(++done, total));
  input.onProgress?.(0, total);

  const ask = (question: Question) => resolver.ask(question);
  const [observations, nameservers] = await Promise.all([
    Promise.all(questions.map((q) => step(ask(q)))),
    step(findNameservers(set.domain, ask)),
  ]);
  let lookups: SpfLookups | undefined;
  if (expandSpf && spfRecord) {
    lookups = await step(spfLookups({ ...spfRecord, spf: spfRecord.spf! }, policiesAt(observations, spfRecord.name), ask));
  }
  return {
    domain: set.domain,
    service: set.serviceId,
    nameservers,
    results: check(set, observations, lookups),
    resolvers: [...input.resolvers],
    checkedAt: new Date().toISOString(),
  };
}

function policiesAt(observations: Observation[], name: string): string[] {
  const texts = observations
    .filter((o) => o.name === name && o.type === 'TXT')
    .flatMap((o) => Object.values(o.byResolver))
    .flatMap((o) => (o.ok ? o.answer.records : []))
    .filter((r) => r.type === 'TXT' && r.name === name)
    .map((r) => r.value);
  return [...new Set(texts)].filter(isSpf);
}
