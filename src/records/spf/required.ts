import { isAllTerm } from './parse.js';
import { parseSpfTerm, spfTermKey, type SpfTerm } from './term.js';

/**
 * The service's required SPF rules (`include:mx.ovh.com`, `a`, `mx`…, or space-separated groups
 * such as an SPFM's `a mx`) as terms, duplicates dropped.
 *
 * They come from service data and validated variables, so a bad one is a bug: it throws rather
 * than writing a policy receivers would reject.
 */
export function requiredTerms(rules: readonly string[]): SpfTerm[] {
  const terms: SpfTerm[] = [];
  for (const raw of rules.flatMap((rule) => rule.split(/\s+/))) {
    if (raw === '' || raw.toLowerCase() === 'v=spf1') continue;
    const { term, problems } = parseSpfTerm(raw);
    const [problem] = problems;
    if (problem) throw new Error(`The required SPF rule "${raw}" is not valid: ${problem.en}`);
    if (term.kind === 'modifier' || isAllTerm(term)) {
      throw new Error(
        `The required SPF rule "${raw}" cannot be merged as a rule: give the all term through options.all or options.defaultAll, and leave redirect= and exp= to the policy's owner.`,
      );
    }
    if (!terms.some((t) => sameRule(t, term))) terms.push(term);
  }
  return terms;
}

/** Same meaning (see spfTermKey) and same qualifier. */
export function sameRule(a: SpfTerm, b: SpfTerm): boolean {
  return a.qualifier === b.qualifier && spfTermKey(a) === spfTermKey(b);
}
