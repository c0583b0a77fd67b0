import type { DnsRecord } from '../../records/types.js';
import type { DohResult } from '../doh.js';
import type { DohAnswer, Question } from '../types.js';

/**
 * What each resolver answered, shared by every check that holds the same cache: an answer is
 * reused for its TTL (RFC 2308 for "no such record"), and callers asking a question already in
 * flight wait for that one request. A check owns a private cache; `check --domains` hands one
 * cache to all its checks, so the includes every domain's SPF pulls in (`mx.ovh.com`) are asked
 * once for the whole fleet.
 */
export interface AnswerCache {
  /**
   * The answer of `resolverUrl` to `question`: cached, or from the request in flight, or from
   * `exchange` (given the request's own signal). `signal` ends this caller's wait only; the
   * request is aborted once no caller waits for it any more. Rejects with the request's error,
   * or with `signal.reason` when this caller stopped waiting.
   */
  answer(resolverUrl: string, question: Question, exchange: (signal: AbortSignal) => Promise<DohResult>, signal: AbortSignal): Promise<DohAnswer>;
}

export interface AnswerCacheOptions {
  /** Answers kept at most, the oldest not read again dropped first (an eighth at a time): bounds memory however many domains are checked. */
  maxAnswers: number;
  /** Milliseconds clock for expiry (tests move it by hand). */
  now?: () => number;
}

interface Stored {
  answer: DohAnswer;
  storedAt: number;
  expiresAt: number;
  /** Read since it was stored, or since makeRoom last passed over it. */
  used: boolean;
}

interface Flight {
  result: Promise<DohAnswer>;
  controller: AbortController;
  waiting: number;
}

export function createAnswerCache(options: AnswerCacheOptions): AnswerCache {
  const now = options.now ?? Date.now;
  const stored = new Map<string, Stored>();
  const flights = new Map<string, Flight>();

  function cached(key: string): DohAnswer | undefined {
    const entry = stored.get(key);
    if (!entry) return undefined;
    const at = now();
    if (at >= entry.expiresAt) {
      stored.delete(key);
      return undefined;
    }
    entry.used = true;
    return aged(entry.answer, Math.floor((at - entry.storedAt) / 1000));
  }

  /**
   * Full: an eighth goes at once, oldest first, except that an answer used since it was stored
   * (or last passed over) is moved to the back instead: the clock algorithm's "second chance",
   * so the answers every domain shares (`mx.ovh.com`) stay. A hit only marks its answer: moving
   * it to the back on every hit (delete, then set) made a Map of thousands of answers slower with
   * each domain (a 10,000-domain fleet spent seconds there).
   */
  function makeRoom(): void {
    if (stored.size < options.maxAnswers) return;
    let dropping = Math.ceil(options.maxAnswers / 8);
    // Keys set again during the loop are visited again, unmarked: it ends within two passes.
    for (const [key, entry] of stored) {
      stored.delete(key);
      if (entry.used) {
        entry.used = false;
        stored.set(key, entry);
      } else if (--dropping === 0) break;
    }
  }

  function remember(key: string, answer: DohAnswer, ttlSeconds: number): void {
    stored.delete(key);
    makeRoom();
    const storedAt = now();
    stored.set(key, { answer: aged(answer, 0), storedAt, expiresAt: storedAt + ttlSeconds * 1000, used: false });
  }

  function takeOff(key: string, exchange: (signal: AbortSignal) => Promise<DohResult>): Flight {
    const controller = new AbortController();
    const result = exchange(controller.signal).then((done) => {
      if (done.cacheTtl !== undefined && done.cacheTtl > 0) remember(key, done.answer, done.cacheTtl);
      return done.answer;
    });
    const flight: Flight = { result, controller, waiting: 0 };
    const land = () => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    result.then(land, land);
    flights.set(key, flight);
    return flight;
  }

  return {
    answer(resolverUrl, question, exchange, signal) {
      const key = `${resolverUrl} ${question.type} ${question.name}`;
      const hit = cached(key);
      if (hit) return Promise.resolve(hit);
      if (signal.aborted) return Promise.reject(signal.reason);
      const flight = flights.get(key) ?? takeOff(key, exchange);
      flight.waiting++;
      return new Promise<DohAnswer>((resolve, reject) => {
        let waiting = true;
        const stopWaiting = (): boolean => {
          if (!waiting) return false;
          waiting = false;
          signal.removeEventListener('abort', leave);
          flight.waiting--;
          return true;
        };
        function leave(): void {
          if (!stopWaiting()) return;
          reject(signal.reason);
          if (flight.waiting > 0) return;
          // Nobody waits: the request goes, so that a later caller starts a fresh one rather than join a cancelled one.
          if (flights.get(key) === flight) flights.delete(key);
          flight.controller.abort();
        }
        signal.addEventListener('abort', leave, { once: true });
        flight.result.then(
          // Each caller gets its own copy: it may sort or edit it.
          (answer) => stopWaiting() && resolve(aged(answer, 0)),
          (error: unknown) => stopWaiting() && reject(error),
        );
      });
    },
  };
}

/** An answer as a resolver would serve it after `elapsedSeconds` in its cache: TTLs counted down. */
function aged(answer: DohAnswer, elapsedSeconds: number): DohAnswer {
  const records = answer.records.map((record): DnsRecord => ({ ...record, ttl: Math.max(0, record.ttl - elapsedSeconds) }));
  return { ...answer, records, nameservers: [...answer.nameservers] };
}
