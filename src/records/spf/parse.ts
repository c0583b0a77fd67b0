import type { Localized } from '../../i18n/lang.js';
import { spfMessages } from './messages.js';
import { parseSpfTerm, type SpfTerm } from './term.js';

export interface ParsedSpf {
  /** Every term after `v=spf1`, in the order written, `all` and modifiers included. */
  terms: SpfTerm[];
  /** The first `all` term: the one receivers evaluate (anything after it never is). */
  all?: SpfTerm;
  /** The `redirect=` target as written (ignored by receivers when there is an `all`). */
  redirect?: string;
  /** Everything wrong, not just the first thing (empty for a valid policy). */
  problems: Localized[];
}

/**
 * RFC 7208 §4.5: an SPF record starts with exactly `v=spf1`, ended by a space or the end of
 * the text. Case-insensitive, as ABNF literals are. `v=spf10` is not SPF.
 */
export function isSpf(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

export function parseSpf(text: string): ParsedSpf {
  if (!isSpf(text)) return { terms: [], problems: [spfMessages.notSpf()] };
  const terms: SpfTerm[] = [];
  const problems: Localized[] = [];
  // The RFC separates terms with spaces only; other blanks are taken as spaces, as
  // receivers commonly do, rather than rejected.
  for (const raw of text.slice('v=spf1'.length).split(/\s+/).filter(Boolean)) {
    const parsed = parseSpfTerm(raw);
    terms.push(parsed.term);
    problems.push(...parsed.problems);
  }
  problems.push(...duplicateModifierProblems(terms));

  const allIndex = terms.findIndex(isAllTerm);
  const all = terms[allIndex];
  const redirect = terms.find((t) => t.kind === 'modifier' && t.mechanism === 'redirect')?.value;
  if (all) {
    // Modifiers after `all` are fine (`-all exp=…` is common); mechanisms there are dead.
    const dead = terms.slice(allIndex + 1).filter((t) => t.kind === 'mechanism');
    if (dead.length > 0) problems.push(spfMessages.termsAfterAll(all.raw, dead.map((t) => t.raw)));
    if (redirect !== undefined) problems.push(spfMessages.redirectIgnored());
  }
  return { terms, ...(all ? { all } : {}), ...(redirect !== undefined ? { redirect } : {}), problems };
}

export function isAllTerm(term: SpfTerm): boolean {
  return term.kind === 'mechanism' && term.mechanism === 'all';
}

/** The mechanisms receivers can reach: those before the first `all`, `all` excluded. */
export function liveDirectives(terms: readonly SpfTerm[]): SpfTerm[] {
  const allIndex = terms.findIndex(isAllTerm);
  return terms.slice(0, allIndex >= 0 ? allIndex : terms.length).filter((t) => t.kind === 'mechanism');
}

export function isRedirectTerm(term: SpfTerm): boolean {
  return term.kind === 'modifier' && term.mechanism === 'redirect';
}

/** RFC 7208 §6: `redirect` and `exp` may each appear once. */
function duplicateModifierProblems(terms: SpfTerm[]): Localized[] {
  return ['redirect', 'exp']
    .filter((name) => terms.filter((t) => t.kind === 'modifier' && t.mechanism === name).length > 1)
    .map((name) => spfMessages.duplicateModifier(name));
}
