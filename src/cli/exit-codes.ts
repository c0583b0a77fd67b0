import type { CheckRow } from '../dns/check/types.js';

/** The public contract of the CLI (scripts depend on these numbers). */
export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
  unverified: 3,
  /** A bug, not a finding: kept apart from the four codes scripts rely on. */
  internal: 70,
} as const;

/**
 * 1 as soon as the zone is wrong somewhere; 3 when nothing is wrong but some rows could not be
 * verified everywhere or are not visible everywhere yet (pending).
 */
export function exitCodeForResults(results: readonly CheckRow[]): number {
  if (results.some((row) => row.status === 'missing' || row.status === 'mismatch' || row.status === 'conflict')) {
    return EXIT.problems;
  }
  if (results.some((row) => row.status === 'error' || row.status === 'pending')) return EXIT.unverified;
  return EXIT.ok;
}

/** From the least to the most severe: a fleet run exits with its worst setup's code (2 > 1 > 3 > 0; a bug above all). */
const SEVERITY: readonly number[] = [EXIT.ok, EXIT.unverified, EXIT.problems, EXIT.usage, EXIT.internal];

export function worseExitCode(a: number, b: number): number {
  return SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a;
}
