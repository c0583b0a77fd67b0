import type { Localized } from '../../i18n/lang.js';
import { errorText } from '../../lib/localized-error.js';
import { createAnswerCache, type AnswerCache } from './answer-cache.js';
import { dohExchange, type DohFetch } from '../doh.js';
import { resolverMessages } from './messages.js';
import { requireResolverUrl } from './url.js';
import { DEFAULT_TIMEOUT_MS } from '../types.js';
import type { Observation, Question, ResolverOutcome } from '../types.js';
import { nameKey } from '../../records/names/name-key.js';

/**
 * The resolver pool: every question goes to all configured DoH resolvers at once, each
 * bounded by its own timeout and by the check's deadline, and the observation keeps whatever
 * each one said. A check asks many questions, several of them twice (SPF includes, NS), so
 * identical questions in flight share one request and answers are reused for at most their TTL.
 * A pool serves one check: a resolver that timed out once is not asked again in it.
 */

export interface ResolverOptions {
  resolvers: readonly string[];
  fetch: DohFetch;
  /** Per resolver and question. */
  timeoutMs?: number;
  /**
   * The whole check's time, from the pool's creation: each query gets min(timeoutMs, time left),
   * and none is sent once it is spent. Unbounded when absent.
   */
  deadlineMs?: number;
  /** Milliseconds clock for the deadline and cache expiry (tests move it by hand). */
  now?: () => number;
  /**
   * Answers shared with other checks (`check --domains`): one request per question and resolver
   * for all of them. A private cache when absent.
   */
  answers?: AnswerCache;
}

export interface Resolver {
  /** Never rejects: a resolver that failed reads `{ok: false, error, errorText}` in the observation. */
  ask(question: Question): Promise<Observation>;
}

/** Enough for a whole check with its SPF includes; bounds memory in a long-lived service worker. */
const MAX_CACHED_ANSWERS = 500;

export function createResolver(options: ResolverOptions): Resolver {
  // Kept as given, not canonicalized: observations are keyed by these strings and run-check reports
  // the caller's list beside them (the options page and --resolver already store the canonical form).
  const resolvers = [...new Set(options.resolvers)];
  if (resolvers.length === 0) {
    throw new Error('No DNS-over-HTTPS resolver is configured: give at least one, such as https://dns.google/dns-query.');
  }
  // Refused before the first query, with the same rule and sentence as the options page and --resolver.
  resolvers.forEach(requireResolverUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`The timeout must be a positive number of milliseconds, not ${timeoutMs}.`);
  }
  const deadlineMs = options.deadlineMs;
  if (deadlineMs !== undefined && !(Number.isFinite(deadlineMs) && deadlineMs > 0)) {
    throw new Error(`The deadline must be a positive number of milliseconds, not ${deadlineMs}.`);
  }
  // Sentences built when a query fails, not for every check (a fleet runs thousands that never need them).
  const timedOut = () => resolverMessages.timedOut(timeoutMs);
  const now = options.now ?? Date.now;
  const deadlineAt = deadlineMs === undefined ? Infinity : now() + deadlineMs;
  const pastDeadline = () => (deadlineMs === undefined ? timedOut() : resolverMessages.deadline(deadlineMs));
  /** Resolvers that timed out in this check: asking them again would only wait again. */
  const gaveUp = new Set<string>();
  const fetchFn = options.fetch;
  const pending = new Map<string, Promise<Observation>>();
  const answers = options.answers ?? createAnswerCache({ maxAnswers: MAX_CACHED_ANSWERS, now });
  const exchange = (resolverUrl: string, question: Question) => (signal: AbortSignal) =>
    dohExchange(resolverUrl, question, { fetch: fetchFn, signal });

  async function askOne(resolverUrl: string, question: Question): Promise<ResolverOutcome> {
    if (gaveUp.has(resolverUrl)) return failure(resolverMessages.gaveUp());
    const left = deadlineAt - now();
    if (left <= 0) return failure(pastDeadline());
    const cutByDeadline = left < timeoutMs;
    // This check stops waiting then; the cache also ends the request unless another check still waits for it.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      gaveUp.add(resolverUrl);
      controller.abort();
    }, Math.min(timeoutMs, left));
    try {
      return { ok: true, answer: await answers.answer(resolverUrl, question, exchange(resolverUrl, question), controller.signal) };
    } catch (error) {
      return failure(controller.signal.aborted ? (cutByDeadline ? pastDeadline() : timedOut()) : errorText(error));
    } finally {
      clearTimeout(timer);
    }
  }

  async function askAll(question: Question): Promise<Observation> {
    const outcomes = await Promise.all(resolvers.map((url) => askOne(url, question)));
    const byResolver: Record<string, ResolverOutcome> = {};
    resolvers.forEach((url, index) => (byResolver[url] = outcomes[index]!));
    return { ...question, byResolver };
  }

  return {
    ask(question) {
      const normalized: Question = { name: nameKey(question.name), type: question.type };
      const questionKey = `${normalized.type} ${normalized.name}`;
      const inFlight = pending.get(questionKey);
      if (inFlight) return inFlight;
      const observation = askAll(normalized).finally(() => pending.delete(questionKey));
      pending.set(questionKey, observation);
      return observation;
    },
  };
}

/** An outcome without an answer, with its reason in every language. */
export function failure(text: Localized): ResolverOutcome {
  return { ok: false, error: text.en, errorText: text };
}
