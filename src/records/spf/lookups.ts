import type { Localized } from '../../i18n/lang.js';
import { errorText } from '../../lib/localized-error.js';
import { spfMessages } from './messages.js';
import { isAllTerm, isRedirectTerm, isSpf, parseSpf } from './parse.js';
import { spfTargetName, type SpfTerm } from './term.js';

/** RFC 7208 §4.6.4: more DNS-lookup terms than this during one evaluation is a permerror. */
export const SPF_LOOKUP_LIMIT = 10;
/** The mechanisms that cost one DNS lookup each; so does the `redirect=` modifier (RFC 7208 §4.6.4). */
const LOOKUP_MECHANISMS: readonly string[] = ['include', 'a', 'mx', 'ptr', 'exists'];
const DEFAULT_MAX_DEPTH = 10;
/** A policy within the limit pulls in at most 10 records; this bounds the work on hostile ones. */
const MAX_RECORDS_FETCHED = 50;

export interface SpfIncludeCost {
  /** The target as a DNS name (lowercase, no final dot). */
  domain: string;
  /** The lookups this term costs: one for itself plus everything in the target's policy. */
  count: number;
  /** 1 for the policy's own terms, 2 for the terms of what they pull in, and so on. */
  depth: number;
  via: 'include' | 'redirect';
}

export interface SpfLookupCount {
  /** DNS-lookup terms a receiver evaluates at most (every mechanism failing to match). */
  count: number;
  /** Sentences (EN+FR) naming the domain concerned; they never mean the count failed. */
  warnings: Localized[];
  /** Every `include:`/`redirect=` target followed, depth first, in evaluation order. */
  includes: SpfIncludeCost[];
  /**
   * Some target's lookups could not be counted (fetch failed, macro, too deep, too many records,
   * several SPF records), so `count` is a minimum. A loop or a target without SPF leaves the
   * count complete: those are errors of their own, named in `warnings`.
   */
  incomplete: boolean;
  /** Set when `count` exceeds the limit: the sentence saying so (also the last of `warnings`). */
  overLimit?: Localized;
}

export interface SpfLookupOptions {
  /** How deep includes are followed (default 10: deeper cannot fit in the limit anyway). */
  maxDepth?: number;
  /** The name the policy is published at, so that an include of itself reads as a loop. */
  domain?: string;
}

/**
 * The TXT texts at a name (character-strings joined); throws when the name cannot be resolved,
 * best a LocalizedError saying why in every language (other errors are quoted as they are).
 */
export type ResolveTxt = (name: string) => Promise<string[]>;

interface Cost {
  count: number;
  warnings: Localized[];
  /** Depths relative to the terms counted (1 = those terms themselves). */
  includes: SpfIncludeCost[];
  /** The cost of each lookup term of the policy itself, for the over-limit sentence. */
  termCosts: { raw: string; count: number }[];
  incomplete: boolean;
}

type Fetched = { ok: true; texts: string[] } | { ok: false; error: Localized } | { ok: 'skipped' };

/**
 * Counts the DNS lookups an SPF evaluation of `policy` may cost, following `include:` and
 * `redirect=` through `resolveTxt`. Never throws for DNS reasons: every target that cannot
 * be followed (failed fetch, no SPF, two SPF records, a loop, a macro, too deep) becomes a
 * warning and counts one lookup for its own term. The policy's own syntax problems are
 * parseSpf's business and are not repeated here; those of the records pulled in are.
 *
 * Counted as a receiver evaluates: the terms up to the first `all`, and `redirect=` only when
 * there is no `all`. `ip4`, `ip6`, `all` and `exp=` cost nothing. The per-MX and per-PTR
 * address lookups have their own limits (RFC 7208 §4.6.4) and are not counted; void lookups
 * (RFC 7208 §4.6.4's optional limit of 2) are not counted either.
 */
export async function countSpfLookups(
  policy: string,
  resolveTxt: ResolveTxt,
  options: SpfLookupOptions = {},
): Promise<SpfLookupCount> {
  const counter = new LookupCounter(resolveTxt, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const origin = options.domain?.toLowerCase().replace(/\.$/, '');
  const cost = await counter.termsCost(parseSpf(policy).terms, origin ? [origin] : [], 1);
  const warnings = [...cost.warnings];
  const result: SpfLookupCount = { count: cost.count, warnings: [], includes: cost.includes, incomplete: cost.incomplete };
  if (cost.count > SPF_LOOKUP_LIMIT) {
    const costs = cost.termCosts.map((t) => `${t.raw} ${t.count}`);
    result.overLimit = spfMessages.overLimit(cost.count, SPF_LOOKUP_LIMIT, costs);
    warnings.push(result.overLimit);
  }
  result.warnings = uniqueSentences(warnings);
  return result;
}

class LookupCounter {
  private readonly fetches = new Map<string, Promise<Fetched>>();
  /**
   * The cost of each target's policy once known: a target included from several places is
   * fetched and walked once, though each include still pays its cost (receivers do).
   */
  private readonly targetCosts = new Map<string, Cost>();

  constructor(
    private readonly resolveTxt: ResolveTxt,
    private readonly maxDepth: number,
  ) {}

  async termsCost(terms: SpfTerm[], path: string[], depth: number): Promise<Cost> {
    const evaluated = evaluatedLookupTerms(terms);
    // Ask for every target at once so that sibling includes cost one round trip, not one each.
    if (depth <= this.maxDepth) for (const term of evaluated) if (canFollow(term)) void this.fetch(spfTargetName(term));

    const cost: Cost = { count: 0, warnings: [], includes: [], termCosts: [], incomplete: false };
    for (const term of evaluated) {
      let termCount = 1;
      if (followsTarget(term)) {
        const target = await this.targetCost(term, path, depth);
        termCount += target.count;
        cost.warnings.push(...target.warnings);
        cost.incomplete ||= target.incomplete;
        const via = term.mechanism === 'redirect' ? 'redirect' : 'include';
        cost.includes.push(
          { domain: spfTargetName(term), count: termCount, depth: 1, via },
          ...target.includes.map((entry) => ({ ...entry, depth: entry.depth + 1 })),
        );
      }
      cost.count += termCount;
      cost.termCosts.push({ raw: term.raw, count: termCount });
    }
    return cost;
  }

  /** What the policy at an include/redirect target costs, its own term aside. */
  private async targetCost(term: SpfTerm, path: string[], depth: number): Promise<Cost> {
    const domain = spfTargetName(term);
    const none = (...warnings: Localized[]): Cost => ({ count: 0, warnings, includes: [], termCosts: [], incomplete: false });
    const unknown = (warning: Localized): Cost => ({ ...none(warning), incomplete: true });
    // A term without a target is a syntax problem, which parseSpf reports.
    if (domain === '') return none();
    if (usesMacro(term)) return unknown(spfMessages.macroNotFollowed(term.raw));
    if (path.includes(domain)) return none(spfMessages.loop(term.raw, [...path, domain]));
    if (depth > this.maxDepth) return unknown(spfMessages.tooDeep(term.raw, this.maxDepth));
    const known = this.targetCosts.get(domain);
    if (known) return known;

    const fetched = await this.fetch(domain);
    let cost: Cost;
    if (fetched.ok === 'skipped') cost = unknown(spfMessages.tooManyRecords(MAX_RECORDS_FETCHED));
    else if (!fetched.ok) cost = unknown(spfMessages.fetchFailed(domain, fetched.error));
    else {
      const policies = fetched.texts.filter(isSpf);
      const [only] = policies;
      if (!only) cost = none(spfMessages.noSpfAt(term.raw, domain));
      else if (policies.length > 1) cost = unknown(spfMessages.severalSpfAt(domain, policies.length));
      else {
        const parsed = parseSpf(only);
        const inner = await this.termsCost(parsed.terms, [...path, domain], depth + 1);
        const problems = parsed.problems.map((problem) => spfMessages.nestedProblem(domain, problem));
        cost = { ...inner, warnings: [...problems, ...inner.warnings] };
      }
    }
    this.targetCosts.set(domain, cost);
    return cost;
  }

  /** One resolveTxt per name, its failure turned into a value (prefetches are not awaited). */
  private fetch(domain: string): Promise<Fetched> {
    const known = this.fetches.get(domain);
    if (known) return known;
    const fetched: Promise<Fetched> =
      this.fetches.size >= MAX_RECORDS_FETCHED
        ? Promise.resolve({ ok: 'skipped' })
        : this.resolveTxt(domain).then(
            (texts): Fetched => ({ ok: true, texts }),
            (error: unknown): Fetched => ({ ok: false, error: errorText(error) }),
          );
    this.fetches.set(domain, fetched);
    return fetched;
  }
}

/** The lookup terms a receiver may reach: up to the first `all`; `redirect=` only without `all`. */
function evaluatedLookupTerms(terms: SpfTerm[]): SpfTerm[] {
  const allIndex = terms.findIndex(isAllTerm);
  const reachable = allIndex >= 0 ? terms.slice(0, allIndex) : terms;
  const mechanisms = reachable.filter((t) => t.kind === 'mechanism' && LOOKUP_MECHANISMS.includes(t.mechanism));
  // The redirect is followed after every mechanism failed, wherever it is written.
  const redirect = allIndex >= 0 ? undefined : terms.find(isRedirectTerm);
  return redirect ? [...mechanisms, redirect] : mechanisms;
}

function followsTarget(term: SpfTerm): boolean {
  return term.mechanism === 'include' || term.mechanism === 'redirect';
}

function canFollow(term: SpfTerm): boolean {
  return followsTarget(term) && !usesMacro(term) && spfTargetName(term) !== '';
}

function usesMacro(term: SpfTerm): boolean {
  return (term.value ?? '').includes('%');
}

function uniqueSentences(sentences: Localized[]): Localized[] {
  const seen = new Set<string>();
  return sentences.filter((s) => !seen.has(s.en) && Boolean(seen.add(s.en)));
}
