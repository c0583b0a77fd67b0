import { isAllTerm, isRedirectTerm, isSpf, liveDirectives, parseSpf } from './parse.js';
import { requiredTerms } from './required.js';
import { spfTermKey } from './term.js';

/**
 * A name holding several SPF records must keep one (RFC 7208 §3.2). DNS gives records in no
 * particular order (resolvers rotate them), so which one to keep is decided by their content,
 * never by the order they arrived in. The SPF texts of `existing`, duplicates dropped, the one to
 * keep first:
 *
 * 1. a record ending in a live `redirect=` (no `all`): its senders are the redirected policy's,
 *    and only that record can keep them (an `all` elsewhere would switch the redirect off);
 * 2. then the record with the most live mechanisms of its own, those that are not the service's
 *    required rules: that is the user's existing policy, so its terms and its `all` stay, and
 *    ours are added to it (a record holding only the service's rules is the one to drop);
 * 3. then in code-point order of the text, so that ties still give one answer.
 *
 * Texts that are not SPF are left out.
 */
export function rankSpfRecords(existing: readonly string[], requiredRules: readonly string[]): string[] {
  const required = new Set(requiredTerms(requiredRules).map(spfTermKey));
  const ranked = [...new Set(existing.filter(isSpf))].map((text) => {
    const { terms } = parseSpf(text);
    const own = new Set(liveDirectives(terms).map(spfTermKey).filter((key) => !required.has(key)));
    return { text, redirects: !terms.some(isAllTerm) && terms.some(isRedirectTerm), own: own.size };
  });
  ranked.sort((a, b) => Number(b.redirects) - Number(a.redirects) || b.own - a.own || codePointOrder(a.text, b.text));
  return ranked.map((r) => r.text);
}

/** Not localeCompare: the order must not change with the machine's locale. */
function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
