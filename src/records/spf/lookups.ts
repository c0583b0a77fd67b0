import type { Localized } from '../../i18n/lang.js';
import { spfLookupMessages as say } from './lookup-messages.js';
import { parseSpf } from './parse.js';
import { permerror, type SpfProblem } from './problem.js';
import { SpfWalk, type SpfIncludeCost, type SpfResolve } from './walk.js';

export type { SpfIncludeCost, SpfQuestionType, SpfResolve } from './walk.js';

/** RFC 7208 §4.6.4: more DNS-lookup terms than this during one evaluation is a permerror. */
export const SPF_LOOKUP_LIMIT = 10;
/** RFC 7208 §4.6.4: receivers SHOULD stop at this many void lookups (the suite's void-over-limit). */
export const SPF_VOID_LOOKUP_LIMIT = 2;
const DEFAULT_MAX_DEPTH = 10;

export interface SpfLookupCount {
  /** DNS-lookup terms a receiver evaluates at most (every mechanism failing to match). */
  count: number;
  /** Queries of those terms that find nothing for any sender (NXDOMAIN, no record). */
  voidLookups: number;
  /**
   * Why receivers reject the policy (permerror), each naming the policy's own term (for a record
   * pulled in, the include that pulls it in): over the lookup limit, more than 2 void lookups, an
   * `mx` with more than 10 MX records, a loop, a target without SPF or with two, a syntax error in
   * a record pulled in. The policy's own syntax is parseSpf's business and is not repeated here.
   */
  problems: SpfProblem[];
  /**
   * Sentences (EN+FR) that do not make receivers reject the policy: a target that could not be
   * read, a macro not followed (expanded per message, so the count is a minimum), advice about
   * a record pulled in.
   */
  warnings: Localized[];
  /** Every `include:`/`redirect=` target followed, depth first, in evaluation order. */
  includes: SpfIncludeCost[];
  /**
   * Some question could not be answered (failed, too deep, too many), so `count` and `voidLookups`
   * are minimums: checking again later may complete them.
   */
  incomplete: boolean;
  /** Set when `count` exceeds the limit: that problem (also in `problems`). */
  overLimit?: SpfProblem;
}

export interface SpfLookupOptions {
  /** How deep includes are followed (default 10: deeper cannot fit in the limit anyway). */
  maxDepth?: number;
  /** The name the policy is published at: what `a` and `mx` without a domain mean, and a loop's start. */
  domain?: string;
}

/**
 * Counts the DNS lookups an SPF evaluation of `policy` may cost, following `include:` and
 * `redirect=` and asking what `a`, `mx` and `exists` ask through `resolve`, and says what makes
 * receivers reject it. Never throws for DNS reasons: a question that cannot be answered is a
 * warning and makes the count incomplete.
 *
 * Counted as a receiver evaluates: the terms up to the first `all`, and `redirect=` only when
 * there is no `all`. `ip4`, `ip6`, `all` and `exp=` cost nothing. `ptr` and macros depend on the
 * sender, so they count one lookup each and are not followed.
 */
export async function countSpfLookups(policy: string, resolve: SpfResolve, options: SpfLookupOptions = {}): Promise<SpfLookupCount> {
  const walk = new SpfWalk(resolve, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const origin = options.domain?.toLowerCase().replace(/\.$/, '');
  const cost = await walk.termsCost(parseSpf(policy).terms, origin, origin ? [origin] : [], 1);
  const problems = cost.problems.map(({ term, where, message }) => permerror(term, where ? say.nestedProblem(where, term, message) : message));

  const overVoid = cost.voids[SPF_VOID_LOOKUP_LIMIT];
  if (overVoid) {
    const names = [...new Set(cost.voids.map((v) => v.name))];
    problems.push(permerror(overVoid.term, say.tooManyVoids(overVoid.term, names, SPF_VOID_LOOKUP_LIMIT)));
  }
  let overLimit: SpfProblem | undefined;
  if (cost.count > SPF_LOOKUP_LIMIT) {
    // The term to change first: the costliest (the first of equals).
    const costliest = cost.termCosts.reduce((a, b) => (b.count > a.count ? b : a));
    const costs = cost.termCosts.map((t) => `${t.raw} ${t.count}`);
    overLimit = permerror(costliest.raw, say.overLimit(costliest.raw, cost.count, cost.incomplete, SPF_LOOKUP_LIMIT, costs));
    problems.push(overLimit);
  }
  return {
    count: cost.count,
    voidLookups: cost.voids.length,
    problems: uniqueBy(problems, (p) => p.message.en),
    warnings: uniqueBy(cost.warnings, (w) => w.en),
    includes: cost.includes,
    incomplete: cost.incomplete,
    ...(overLimit && { overLimit }),
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
