import { textTable } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckState } from '../messages/types.js';
import { checkedAfterSave, shownStatus } from '../ui/check-summary.js';
import BADGE_WORDS from './badge-words.json';

export interface Badge {
  text: string;
  color: string;
  /** Tooltip, so the badge is not colour alone. */
  title: string;
}

const PROBLEM_STATUSES = new Set(['missing', 'mismatch', 'conflict']);

export const badgeText = textTable(BADGE_WORDS);

/**
 * The toolbar badge for a check: the count of records not in place yet, red when one needs a fix,
 * amber when they only wait (for caches, or to be checked); no count once every record is live.
 * Right after a save a missing record waits for caches (`now` says whether the save is recent).
 */
export function badgeFor(state: CheckState, lang: Lang, now = Date.now()): Badge | null {
  const say = badgeText(lang);
  switch (state.state) {
    case 'idle':
      return null;
    case 'running':
      return { text: '…', color: '#5f6368', title: say('running', { domain: state.setup.domain }) };
    case 'failed':
      return { text: '!', color: '#9a6700', title: say('failed', { domain: state.setup.domain }) };
    case 'done': {
      const saved = checkedAfterSave(state, now);
      const statuses = state.report.results.map((row) => shownStatus(row, saved));
      const problems = statuses.filter((status) => PROBLEM_STATUSES.has(status)).length;
      // Pending rows need no fix, only time: like rows not checked, nothing says "every record is live" yet.
      const waiting = statuses.filter((status) => status === 'error' || status === 'pending').length;
      const domain = state.report.domain;
      const text = String(problems + waiting);
      if (problems > 0) return { text, color: '#b3261e', title: say('problems', { domain, count: problems }) };
      if (waiting > 0) return { text, color: '#9a6700', title: say('errors', { domain, count: waiting }) };
      return { text: '', color: '#1e7d32', title: say('live', { domain }) };
    }
  }
}
