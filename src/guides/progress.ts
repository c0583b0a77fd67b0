import type { CheckRow } from '../dns/check/types.js';
import type { CheckMatch, Guide, GuideStep } from './types.js';

export type StepStatus = 'done' | 'current' | 'todo';

export interface StepState {
  id: string;
  status: StepStatus;
  /** Why it is done: the check passed, or the user is already further on. */
  doneBecause?: 'check' | 'page' | 'badges';
}

function matches(row: CheckRow, match: CheckMatch): boolean {
  return row.type === match.type && (!match.name || match.name.test(row.name)) && (!match.expected || match.expected.test(row.expected ?? ''));
}

/** True when the check rows say the step's records are all right (conflict rows don't count as the step's). */
export function checkPasses(step: GuideStep, rows: readonly CheckRow[] | undefined): boolean {
  if (!step.doneWhenChecked || !rows || rows.length === 0) return false;
  const wanted = rows.filter((row) => row.expected !== null);
  if (step.doneWhenChecked === 'all') return wanted.length > 0 && rows.every((row) => row.status === 'ok');
  return step.doneWhenChecked.every((match) => {
    const hits = wanted.filter((row) => matches(row, match));
    return hits.length > 0 && hits.every((row) => row.status === 'ok');
  });
}

/** The domain's Diagnostic badges (from the panel page) leave none of the step's badges red. */
export function badgesClear(step: GuideStep, badges: Readonly<Record<string, 'ok' | 'action'>> | undefined): boolean {
  if (!step.doneWhenBadgesClear || !badges || Object.keys(badges).length === 0) return false;
  return step.doneWhenBadgesClear.every((name) => badges[name] !== 'action');
}

/** Every badge the step names is in the domain's row and green (absent proves nothing here). */
export function badgesOk(step: GuideStep, badges: Readonly<Record<string, 'ok' | 'action'>> | undefined): boolean {
  if (!step.doneWhenBadgesOk || step.doneWhenBadgesOk.length === 0 || !badges) return false;
  return step.doneWhenBadgesOk.every((name) => badges[name] === 'ok');
}

/**
 * Each step's state on this page: done when its check passes, when the panel's badges show it, or when the user is on the
 * page of a later step and the step says reaching that page proves it (open the zone);
 * current is the first step not done that happens on this page (else the first not done).
 */
export function guideProgress(
  guide: Guide,
  input: { pageKind?: string; rows?: readonly CheckRow[]; badges?: Readonly<Record<string, 'ok' | 'action'>> },
): StepState[] {
  const here = (step: GuideStep) => input.pageKind !== undefined && (step.pageKinds?.includes(input.pageKind) ?? false);
  const firstHere = guide.steps.findIndex(here);
  const states: StepState[] = guide.steps.map((step, index) => {
    if (checkPasses(step, input.rows)) return { id: step.id, status: 'done', doneBecause: 'check' };
    if (badgesClear(step, input.badges) || badgesOk(step, input.badges)) return { id: step.id, status: 'done', doneBecause: 'badges' };
    if (step.doneWhenLater && firstHere > index && !here(step)) return { id: step.id, status: 'done', doneBecause: 'page' };
    return { id: step.id, status: 'todo' };
  });
  const current = guide.steps.findIndex((step, index) => states[index]!.status !== 'done' && here(step));
  const fallback = states.findIndex((state) => state.status !== 'done');
  const chosen = current >= 0 ? current : fallback;
  if (chosen >= 0) states[chosen] = { id: states[chosen]!.id, status: 'current' };
  return states;
}
