import type { Localized } from '../../i18n/lang.js';

/** Something wrong with an SPF policy, and the term to change. */
export interface SpfProblem {
  /**
   * The term as written in the policy checked, qualifier included; for a problem inside a record it
   * pulls in, the `include:`/`redirect=` that leads there. Empty for the record as a whole.
   */
  term: string;
  /**
   * `permerror`: receivers reject the whole policy (RFC 7208), so SPF fails for every message.
   * `advice`: receivers accept it, but it does not do what its writer meant (terms after `all`).
   */
  severity: 'permerror' | 'advice';
  message: Localized;
}

export function permerror(term: string, message: Localized): SpfProblem {
  return { term, severity: 'permerror', message };
}

export function advice(term: string, message: Localized): SpfProblem {
  return { term, severity: 'advice', message };
}

export function isPermerror(problem: SpfProblem): boolean {
  return problem.severity === 'permerror';
}
