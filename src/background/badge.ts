import type { CheckState } from '../messages/types.js';

export interface Badge {
  text: string;
  color: string;
  /** Tooltip, so the badge is not colour alone. */
  title: string;
}

const PROBLEM_STATUSES = new Set(['missing', 'mismatch', 'conflict']);

/** The toolbar badge for a check: problems in red, "could not check" in amber, all live in green. */
export function badgeFor(state: CheckState): Badge | null {
  switch (state.state) {
    case 'idle':
      return null;
    case 'running':
      return { text: '…', color: '#5f6368', title: `Checking ${state.setup.domain}…` };
    case 'failed':
      return { text: '!', color: '#9a6700', title: `${state.setup.domain}: the check could not run.` };
    case 'done': {
      const problems = state.report.results.filter((row) => PROBLEM_STATUSES.has(row.status)).length;
      // Pending rows need no fix, only time: like rows not checked, nothing says "every record is live" yet.
      const errors = state.report.results.filter((row) => row.status === 'error' || row.status === 'pending').length;
      const domain = state.report.domain;
      if (problems > 0) return { text: String(problems), color: '#b3261e', title: `${domain}: ${problems} record(s) to fix.` };
      if (errors > 0) return { text: '?', color: '#9a6700', title: `${domain}: ${errors} record(s) could not be checked or are not visible everywhere yet.` };
      return { text: '✓', color: '#1e7d32', title: `${domain}: every record is live.` };
    }
  }
}
