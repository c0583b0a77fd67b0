import { isAllTerm, isRedirectTerm, isSpf, liveDirectives, parseSpf, type ParsedSpf } from './parse.js';
import { rankSpfRecords } from './rank.js';
import { requiredTerms, sameRule } from './required.js';
import { parseSpfTerm, spfTermKey, withQualifier, type SpfTerm } from './term.js';

export interface SpfMergeOptions {
  /**
   * Replaces the policy's `all`; added at the end when the policy has neither `all` nor
   * `redirect=`. Never added beside a `redirect=`: an `all` would silently disable it.
   */
  all?: '~all' | '-all' | '?all' | '+all';
  /** The `all` of a brand-new policy when `all` is not given (a service's recommendation). */
  defaultAll?: string;
}

/**
 * The required rules (`include:mx.ovh.com`, `a`, `mx`…, or space-separated groups such as an
 * SPFM's `a mx`) that the policy does not already apply, as written by the caller.
 *
 * A rule is present when a live term (one before the first `all`) has the same meaning and
 * the same qualifier; see spfTermKey for what "same meaning" covers. `a` is never taken for
 * `a:<the zone>`: the zone is not known here, and writing both is harmless.
 */
export function missingSpfRules(existing: string, requiredRules: string[]): string[] {
  const live = isSpf(existing) ? liveDirectives(parseSpf(existing).terms) : [];
  return requiredTerms(requiredRules)
    .filter((rule) => !live.some((term) => sameRule(term, rule)))
    .map((rule) => rule.raw);
}

/**
 * One SPF policy that keeps `existing` and applies every required rule.
 *
 * - No existing policy (undefined, empty or not SPF): `v=spf1 <rules> <options.all ?? defaultAll ?? ~all>`.
 * - Otherwise the existing terms stay as written and in order; the missing rules go just
 *   before the first `all`, else just before `redirect=` (so they are evaluated before the
 *   redirected policy takes over), else at the end.
 * - A required rule written with another qualifier (`-include:x` for `include:x`) gets the
 *   required qualifier in place: the service's mail must pass, and the first match decides.
 * - The existing `all` is kept unless `options.all` replaces it; a policy without `all` is
 *   left without one (its implicit result is neutral) unless `options.all` is given.
 */
export function mergeSpf(existing: string | undefined, requiredRules: string[], options: SpfMergeOptions = {}): string {
  return mergeSpfRecords(existing === undefined ? [] : [existing], requiredRules, options);
}

/**
 * For a name holding several SPF records (receivers reject all of them: RFC 7208 §3.2): the one
 * record that replaces them, the same whatever order the records are given in. rankSpfRecords
 * picks the base, the user's existing policy: its terms stay as written and in order, its `all`
 * is kept (the owner's choice; a stricter one taken from elsewhere could start rejecting mail),
 * and it is handled as in mergeSpf. The live mechanisms of the other records that it lacks are
 * added before its `all`, in rankSpfRecords' order, then the missing required rules. When the
 * base has no `all`, the first `all` of the others is used, unless the base has a `redirect=`.
 * Same-name conflicts with another qualifier keep the base's qualifier, except for required
 * rules. Texts that are not SPF are ignored.
 */
export function mergeSpfRecords(existing: string[], requiredRules: string[], options: SpfMergeOptions = {}): string {
  const required = requiredTerms(requiredRules);
  const chosenAll = options.all === undefined ? undefined : allTerm(options.all, 'options.all');
  const [first, ...others] = rankSpfRecords(existing, requiredRules).map(parseSpf);
  if (!first) return render([...required, chosenAll ?? allTerm(options.defaultAll ?? '~all', 'options.defaultAll')]);

  const terms = [...first.terms];
  const firstAllIndex = terms.findIndex(isAllTerm);
  const redirectIndex = terms.findIndex(isRedirectTerm);
  const liveEnd = firstAllIndex >= 0 ? firstAllIndex : terms.length;
  const additions: SpfTerm[] = [];

  /** Adds `rule` unless a live term means the same; `override` sets that term's qualifier. */
  const adopt = (rule: SpfTerm, override: boolean): void => {
    const key = spfTermKey(rule);
    const index = terms.findIndex((t, i) => i < liveEnd && t.kind === 'mechanism' && spfTermKey(t) === key);
    if (index >= 0) {
      const current = terms[index];
      if (override && current && current.qualifier !== rule.qualifier) terms[index] = withQualifier(current, rule.qualifier);
      return;
    }
    const added = additions.findIndex((t) => spfTermKey(t) === key);
    const current = additions[added];
    if (!current) additions.push(rule);
    else if (override && current.qualifier !== rule.qualifier) additions[added] = withQualifier(current, rule.qualifier);
  };

  const fromOthers = collectOthers(others, terms);
  for (const term of fromOthers.directives) adopt(term, false);
  for (const rule of required) adopt(rule, true);

  const insertAt = firstAllIndex >= 0 ? firstAllIndex : redirectIndex >= 0 ? redirectIndex : terms.length;
  terms.splice(insertAt, 0, ...additions);

  const allIndex = terms.findIndex(isAllTerm);
  if (allIndex >= 0) {
    if (chosenAll) terms[allIndex] = chosenAll;
  } else if (redirectIndex < 0) {
    const closing = chosenAll ?? fromOthers.all ?? fromOthers.redirect;
    if (closing) terms.push(closing);
  }
  terms.push(...fromOthers.modifiers);
  return render(terms);
}

/** What the second and later records bring: live mechanisms, their first `all`/`redirect=`, new modifiers. */
function collectOthers(others: ParsedSpf[], baseTerms: readonly SpfTerm[]) {
  const directives: SpfTerm[] = [];
  const modifiers: SpfTerm[] = [];
  let all: SpfTerm | undefined;
  let redirect: SpfTerm | undefined;
  const hasModifier = (name: string) =>
    [...baseTerms, ...modifiers].some((t) => t.kind === 'modifier' && t.mechanism === name);
  for (const policy of others) {
    all ??= policy.terms.find(isAllTerm);
    directives.push(...liveDirectives(policy.terms));
    for (const term of policy.terms) {
      if (isRedirectTerm(term)) redirect ??= term;
      else if (term.kind === 'modifier' && !hasModifier(term.mechanism)) modifiers.push(term);
    }
  }
  return { directives, modifiers, all, redirect };
}

function allTerm(text: string, option: string): SpfTerm {
  const { term, problems } = parseSpfTerm(text.trim());
  if (problems.length > 0 || !isAllTerm(term)) {
    throw new Error(`${option} must be an all term such as "~all" or "-all", not "${text}".`);
  }
  return term;
}

function render(terms: readonly SpfTerm[]): string {
  return ['v=spf1', ...terms.map((t) => t.raw)].join(' ');
}
