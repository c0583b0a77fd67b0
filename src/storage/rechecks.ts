import type { Setup } from '../services/desired.js';
import type { StorageAreaLike } from './area.js';

/** A domain's series of scheduled re-checks (storage.local): what the alarm re-checks, and for whom. */
export interface RecheckRecord {
  setup: Setup;
  /** The tab that asked, for its badge. */
  tabId?: number;
  /** When the user saved the records (epoch ms). */
  savedAt?: number;
  /** Scheduled re-checks run since the user's last own check or save. */
  attempts: number;
}

const PREFIX = 'recheck:';

export function recheckKey(domain: string): string {
  return PREFIX + domain.toLowerCase();
}

/** The domain an alarm or storage key names, or undefined when it is not a re-check's. */
export function recheckDomain(key: string): string | undefined {
  return key.startsWith(PREFIX) && key.length > PREFIX.length ? key.slice(PREFIX.length) : undefined;
}

export async function loadRecheck(area: StorageAreaLike, domain: string): Promise<RecheckRecord | null> {
  const key = recheckKey(domain);
  const value = (await area.get(key))[key] as RecheckRecord | undefined;
  return value && typeof value.attempts === 'number' && typeof value.setup?.domain === 'string' ? value : null;
}

export async function saveRecheck(area: StorageAreaLike, domain: string, record: RecheckRecord): Promise<void> {
  await area.set({ [recheckKey(domain)]: record });
}

export async function forgetRecheck(area: StorageAreaLike, domain: string): Promise<void> {
  await area.remove(recheckKey(domain));
}
