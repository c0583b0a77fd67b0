import type { CheckState } from '../messages/types.js';
import type { StorageAreaLike } from './area.js';

/**
 * The last finished check per domain (storage.local): the result must outlive the popup,
 * the service worker (stopped after 30 s idle) and a browser restart.
 */
const PREFIX = 'check:';

export type FinishedCheck = Extract<CheckState, { state: 'done' | 'failed' }>;

export async function loadFinishedCheck(area: StorageAreaLike, domain: string): Promise<FinishedCheck | null> {
  const key = PREFIX + domain.toLowerCase();
  const value = (await area.get(key))[key] as FinishedCheck | undefined;
  return value && (value.state === 'done' || value.state === 'failed') ? value : null;
}

export async function saveFinishedCheck(area: StorageAreaLike, domain: string, state: FinishedCheck): Promise<void> {
  await area.set({ [PREFIX + domain.toLowerCase()]: state });
}
