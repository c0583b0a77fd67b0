import { forbiddenCharacter } from './characters.js';
import { domainSpecProblems } from './domain-spec.js';
import { isAllTerm, isRedirectTerm } from './parse.js';
import { spfTargetName, type SpfTerm } from './term.js';

/** What a policy's terms ask DNS, whatever the sender (RFC 7208 §4.6.4, §5). */

export type SpfQuestionType = 'TXT' | 'A' | 'AAAA' | 'MX';

/** The mechanisms that cost one DNS lookup each; so does the `redirect=` modifier (RFC 7208 §4.6.4). */
const LOOKUP_MECHANISMS: readonly string[] = ['include', 'a', 'mx', 'ptr', 'exists'];

/** The lookup terms a receiver may reach: up to the first `all`; `redirect=` only without `all`. */
export function evaluatedLookupTerms(terms: readonly SpfTerm[]): SpfTerm[] {
  const allIndex = terms.findIndex(isAllTerm);
  const reachable = allIndex >= 0 ? terms.slice(0, allIndex) : terms;
  const mechanisms = reachable.filter((t) => t.kind === 'mechanism' && LOOKUP_MECHANISMS.includes(t.mechanism));
  // The redirect is followed after every mechanism failed, wherever it is written.
  const redirect = allIndex >= 0 ? undefined : terms.find(isRedirectTerm);
  return redirect ? [...mechanisms, redirect] : mechanisms;
}

/**
 * The questions a term asks whatever the sender: the target's SPF for include/redirect, its
 * addresses for `a` (A and AAAA: the sender's family decides which one a receiver asks) and
 * `exists` (A only, RFC 7208 §5.7), its MX for `mx`. None for `ptr` (it asks about the sender)
 * or a target holding a macro (expanded per message).
 */
export function questionsOf(term: SpfTerm, here: string | undefined): [string, SpfQuestionType][] {
  if (usesMacro(term) || (term.value !== undefined && !hasValidTarget(term))) return [];
  const target = term.value === undefined ? here : spfTargetName(term);
  if (target === undefined || target === '') return [];
  switch (term.mechanism) {
    case 'include':
    case 'redirect':
      return term.value === undefined ? [] : [[target, 'TXT']];
    case 'a':
      return [[target, 'A'], [target, 'AAAA']];
    case 'mx':
      return [[target, 'MX']];
    case 'exists':
      return term.value === undefined ? [] : [[target, 'A']];
    default:
      return [];
  }
}

/** RFC 1035 §2.3.4: labels of 1 to 63 octets, 253 in all (the domain-spec syntax allows more). */
export function canBeAsked(name: string): boolean {
  return name.length <= 253 && name.split('.').every((label) => label.length > 0 && label.length <= 63);
}

/** Syntax errors are parseSpf's to report; asking DNS about such a name would only repeat them. */
export function hasValidTarget(term: SpfTerm): boolean {
  const value = term.value ?? '';
  return forbiddenCharacter(term.raw) === undefined && domainSpecProblems(term.raw, term.mechanism, ':', value).length === 0;
}

export function usesMacro(term: SpfTerm): boolean {
  return (term.value ?? '').includes('%');
}
