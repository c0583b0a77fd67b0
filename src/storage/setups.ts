import type { Setup } from '../services/desired.js';
import { setupFromJson } from '../share/setup-shape.js';
import type { StorageAreaLike } from './area.js';

/**
 * Setups per domain, in storage.local only: they hold verification tokens and server IPs,
 * which must not travel to the browser vendor's sync servers.
 */
const PREFIX = 'setup:';

export async function loadSetup(area: StorageAreaLike, domain: string): Promise<Setup | null> {
  const key = PREFIX + domain.toLowerCase();
  const parsed = setupFromJson((await area.get(key))[key]);
  return parsed.ok ? parsed.setup : null;
}

export async function saveSetup(area: StorageAreaLike, setup: Setup): Promise<void> {
  await area.set({ [PREFIX + setup.domain.toLowerCase()]: { domain: setup.domain, service: setup.service, vars: setup.vars } });
}

/** The domain of the last setup the user touched, to reopen where they left off. */
const LAST_KEY = 'last-domain';

export async function loadLastDomain(area: StorageAreaLike): Promise<string | null> {
  const value = (await area.get(LAST_KEY))[LAST_KEY];
  return typeof value === 'string' ? value : null;
}

export async function saveLastDomain(area: StorageAreaLike, domain: string): Promise<void> {
  await area.set({ [LAST_KEY]: domain.toLowerCase() });
}
