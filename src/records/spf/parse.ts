import { spfMessages } from './messages.js';
import { advice, permerror, type SpfProblem } from './problem.js';
import { parseSpfTerm, type SpfTerm } from './term.js';

/** Shared by every caller that parses the same text (see parseSpf): read it, never change it. */
export interface ParsedSpf {
  /** Every term after `v=spf1`, in the order written, `all` and modifiers included. */
  readonly terms: readonly SpfTerm[];
  /** The first `all` term: the one receivers evaluate (anything after it never is). */
  all?: SpfTerm;
  /** The `redirect=` target as written (ignored by receivers when there is an `all`). */
  redirect?: string;
  /** Everything wrong, not just the first thing, each with its term (empty for a valid policy). */
  readonly problems: readonly SpfProblem[];
}

/**
 * RFC 7208 §4.5: an SPF record starts with exactly `v=spf1`, ended by a space or the end of
 * the text. Case-insensitive, as ABNF literals are. `v=spf10` is not SPF.
 */
export function isSpf(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

/**
 * The policy's terms and problems, parsed once per text: a check reads each policy several times
 * (rank, merge, count, judge) and a fleet meets the same ones for every domain (`include:mx.ovh.com`).
 */
export function parseSpf(text: string): ParsedSpf {
  let parsed = parsedPolicies.get(text);
  if (!parsed) {
    if (parsedPolicies.size >= MAX_PARSED_POLICIES) parsedPolicies.clear();
    parsedPolicies.set(text, (parsed = parsePolicy(text)));
  }
  return parsed;
}

const parsedPolicies = new Map<string, ParsedSpf>();
/** Policies kept parsed at most (a TXT record holds at most 64 KB of them): the map is emptied when full. */
const MAX_PARSED_POLICIES = 1024;

function parsePolicy(text: string): ParsedSpf {
  if (!isSpf(text)) return { terms: [], problems: [permerror('', spfMessages.notSpf())] };
  const terms: SpfTerm[] = [];
  const problems: SpfProblem[] = [];
  // RFC 7208 §4.6.1: terms are separated by spaces only. A tab, CR or LF stays inside its term,
  // where parseSpfTerm names it: receivers reject such a policy (the RFC 7208 suite's
  // control-char-policy), so taking it for a space would call a broken record fine.
  for (const raw of text.slice('v=spf1'.length).split(/ +/).filter(Boolean)) {
    const parsed = parseSpfTerm(raw);
    terms.push(parsed.term);
    problems.push(...parsed.problems.map((message) => permerror(raw, message)));
  }
  problems.push(...duplicateModifierProblems(terms));

  const allIndex = terms.findIndex(isAllTerm);
  const all = terms[allIndex];
  const redirectTerm = terms.find(isRedirectTerm);
  const redirect = redirectTerm?.value;
  if (all) {
    // Modifiers after `all` are fine (`-all exp=…` is common); mechanisms there are dead.
    const dead = terms.slice(allIndex + 1).filter((t) => t.kind === 'mechanism');
    if (dead.length > 0) problems.push(advice(dead[0]!.raw, spfMessages.termsAfterAll(all.raw, dead.map((t) => t.raw))));
    if (redirectTerm) problems.push(advice(redirectTerm.raw, spfMessages.redirectIgnored()));
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

/** RFC 7208 §6: `redirect` and `exp` may each appear once; the problem names the second one. */
function duplicateModifierProblems(terms: SpfTerm[]): SpfProblem[] {
  return ['redirect', 'exp'].flatMap((name) => {
    const second = terms.filter((t) => t.kind === 'modifier' && t.mechanism === name)[1];
    return second ? [permerror(second.raw, spfMessages.duplicateModifier(name))] : [];
  });
}
