import type { Localized } from '../../i18n/lang.js';
import { errorText } from '../../lib/localized-error.js';
import { spfLookupMessages as say } from './lookup-messages.js';
import { isSpf, parseSpf } from './parse.js';
import { isPermerror } from './problem.js';
import { canBeAsked, evaluatedLookupTerms, hasValidTarget, questionsOf, usesMacro, type SpfQuestionType } from './questions.js';
import { spfTargetName, type SpfTerm } from './term.js';

export type { SpfQuestionType } from './questions.js';

/**
 * The values at a name: TXT texts (character-strings joined), addresses, MX exchange names. An
 * empty list for NXDOMAIN or no record of that type; throws when the name could not be resolved,
 * best a LocalizedError saying why in every language (other errors are quoted as they are).
 */
export type SpfResolve = (name: string, type: SpfQuestionType) => Promise<string[]>;

export interface SpfIncludeCost {
  /** The target as a DNS name (lowercase, no final dot). */
  domain: string;
  /** The lookups this term costs: one for itself plus everything in the target's policy. */
  count: number;
  /** 1 for the policy's own terms, 2 for the terms of what they pull in, and so on. */
  depth: number;
  via: 'include' | 'redirect';
}

/** RFC 7208 §4.6.4: an `mx` term whose name has more MX records than this is a permerror. */
const MX_LIMIT = 10;
/**
 * Every lookup of a policy within the limits asks at most 20 questions (10 terms, `a` asking A
 * and AAAA), so stopping here bounds the work on hostile records without missing anything.
 */
const MAX_QUESTIONS = 50;

/** A term's query that found nothing, NXDOMAIN or no record (RFC 7208 §4.6.4's "void lookup"). */
export interface VoidLookup {
  term: string;
  name: string;
}

/** Why receivers reject the policy (permerror), found in the record published at `where`, if not the policy's own. */
export interface Found {
  term: string;
  where?: string;
  message: Localized;
}

/** What the terms of a policy cost. Problems and void lookups name the term of THAT policy. */
export interface Cost {
  count: number;
  voids: VoidLookup[];
  problems: Found[];
  warnings: Localized[];
  includes: SpfIncludeCost[];
  /** The cost of each lookup term, for the over-limit sentence. */
  termCosts: { raw: string; count: number }[];
  /** Some question could not be answered: the count and the void lookups are minimums. */
  incomplete: boolean;
}

type Answer = { ok: true; values: string[] } | { ok: false; error: Localized } | { ok: 'skipped' };

const emptyCost = (count = 0): Cost => ({ count, voids: [], problems: [], warnings: [], includes: [], termCosts: [], incomplete: false });

/**
 * One walk through a policy and everything it pulls in, as a receiver would evaluate it when no
 * mechanism matches (the most lookups any message costs). Each question is asked once; a record
 * included from several places is parsed and walked once, though each include pays its cost
 * (receivers do).
 */
export class SpfWalk {
  private readonly answers = new Map<string, Promise<Answer>>();
  private readonly policyCosts = new Map<string, Cost>();

  constructor(
    private readonly resolve: SpfResolve,
    private readonly maxDepth: number,
  ) {}

  /** `here`: the name the policy is published at (`a` and `mx` without a domain mean it), if known. */
  async termsCost(terms: readonly SpfTerm[], here: string | undefined, path: string[], depth: number): Promise<Cost> {
    const evaluated = evaluatedLookupTerms(terms);
    // Every question of this level at once: sibling includes and address checks cost one round trip.
    if (depth <= this.maxDepth) for (const term of evaluated) for (const [name, type] of questionsOf(term, here)) void this.ask(name, type);

    const cost = emptyCost();
    for (const term of evaluated) {
      const own = await this.termCost(term, here, path, depth);
      cost.count += own.count;
      cost.termCosts.push({ raw: term.raw, count: own.count });
      // Whatever a record pulled in holds is this policy's problem through the term that pulls it in.
      cost.voids.push(...own.voids.map((v) => ({ ...v, term: term.raw })));
      cost.problems.push(...own.problems.map((p) => ({ ...p, term: term.raw })));
      cost.warnings.push(...own.warnings);
      cost.includes.push(...own.includes);
      cost.incomplete ||= own.incomplete;
    }
    return cost;
  }

  private async termCost(term: SpfTerm, here: string | undefined, path: string[], depth: number): Promise<Cost> {
    // A problem of a record pulled in says whose record it is in.
    const found = (message: Localized): Found => ({ term: term.raw, message, ...(depth > 1 && here && { where: here }) });
    if (term.mechanism === 'include' || term.mechanism === 'redirect') return this.followCost(term, path, depth, found);
    const cost = emptyCost(1);
    const questions = questionsOf(term, here);
    const target = questions[0]?.[0];
    if (target === undefined) return cost;
    const answers = await Promise.all(questions.map(([name, type]) => this.ask(name, type)));
    let records = 0;
    answers.forEach((answer, i) => {
      if (answer.ok === true) records += answer.values.length;
      else {
        cost.incomplete = true;
        if (answer.ok === false) cost.warnings.push(say.lookupFailed(term.raw, target, questions[i]![1], answer.error));
        else cost.warnings.push(say.tooManyQuestions(MAX_QUESTIONS));
      }
    });
    // `a` is void only when the name has neither A nor AAAA: void then for every sender.
    if (!cost.incomplete && records === 0) cost.voids.push({ term: term.raw, name: target });
    if (term.mechanism === 'mx' && records > MX_LIMIT) cost.problems.push(found(say.tooManyMx(term.raw, target, records, MX_LIMIT)));
    return cost;
  }

  /** An `include:` or `redirect=`: one lookup, plus what the target's policy costs. */
  private async followCost(term: SpfTerm, path: string[], depth: number, found: (m: Localized) => Found): Promise<Cost> {
    const domain = spfTargetName(term);
    const cost = emptyCost(1);
    // A target that is not a domain-spec is a syntax problem, which parseSpf reports.
    if (!hasValidTarget(term)) return cost;
    if (usesMacro(term)) return { ...cost, warnings: [say.macroNotFollowed(term.raw)] };
    if (path.includes(domain)) return { ...cost, problems: [found(say.loop(term.raw, [...path, domain]))] };
    if (depth > this.maxDepth) return { ...cost, warnings: [say.tooDeep(term.raw, this.maxDepth)], incomplete: true };

    const answer = await this.ask(domain, 'TXT');
    if (answer.ok === 'skipped') return { ...cost, warnings: [say.tooManyQuestions(MAX_QUESTIONS)], incomplete: true };
    if (!answer.ok) return { ...cost, warnings: [say.fetchFailed(domain, answer.error)], incomplete: true };
    if (answer.values.length === 0) cost.voids.push({ term: term.raw, name: domain });
    const policies = answer.values.filter(isSpf);
    const [policy] = policies;
    if (!policy) return { ...cost, problems: [found(say.noSpfAt(term.raw, domain))] };
    if (policies.length > 1) return { ...cost, problems: [found(say.severalSpfAt(term.raw, domain, policies.length))] };

    const target = await this.policyCost(domain, policy, path, depth);
    const via = term.mechanism === 'redirect' ? 'redirect' : 'include';
    return {
      ...target,
      count: 1 + target.count,
      voids: [...cost.voids, ...target.voids],
      includes: [{ domain, count: 1 + target.count, depth: 1, via }, ...target.includes.map((e) => ({ ...e, depth: e.depth + 1 }))],
    };
  }

  /** What the policy published at `domain` costs, its syntax problems included; walked once per domain. */
  private async policyCost(domain: string, policy: string, path: string[], depth: number): Promise<Cost> {
    const known = this.policyCosts.get(domain);
    if (known) return known;
    const parsed = parseSpf(policy);
    const inner = await this.termsCost(parsed.terms, domain, [...path, domain], depth + 1);
    const cost: Cost = {
      ...inner,
      problems: [...parsed.problems.filter(isPermerror).map((p) => ({ term: p.term, where: domain, message: p.message })), ...inner.problems],
      warnings: [...parsed.problems.filter((p) => !isPermerror(p)).map((p) => say.nestedAdvice(domain, p.message)), ...inner.warnings],
    };
    this.policyCosts.set(domain, cost);
    return cost;
  }

  /** One question per name and type, its failure turned into a value (prefetches are not awaited). */
  private ask(name: string, type: SpfQuestionType): Promise<Answer> {
    const key = `${type} ${name}`;
    const known = this.answers.get(key);
    if (known) return known;
    const answer: Promise<Answer> = !canBeAsked(name)
      ? // What no DNS query can carry finds nothing, as receivers see it (RFC 7208 §4.3, pyspf).
        Promise.resolve({ ok: true, values: [] })
      : this.answers.size >= MAX_QUESTIONS
        ? Promise.resolve({ ok: 'skipped' })
        : this.resolve(name, type).then(
            (values): Answer => ({ ok: true, values }),
            (error: unknown): Answer => ({ ok: false, error: errorText(error) }),
          );
    this.answers.set(key, answer);
    return answer;
  }
}
