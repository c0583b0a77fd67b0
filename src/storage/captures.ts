import { UserError } from '../lib/user-error.js';
import type { Setup } from '../services/desired.js';
import type { StorageAreaLike } from './area.js';
import { loadSetup, saveLastDomain, saveSetup } from './setups.js';
import { mergeCaptures, setupOfCapture } from '../capture/build-capture.js';
import { captureFromJson } from '../capture/capture-shape.js';
import type { Capture } from '../capture/types.js';

/**
 * Captured values per domain, with where each came from, in storage.local beside the setup
 * (tokens and IPs never go to sync storage). The setup itself stays in D's setups store, so
 * every other part of the product (popup, fill, check) finds the captured setup as usual.
 */
const PREFIX = 'capture:';

export async function loadCapture(area: StorageAreaLike, domain: string): Promise<Capture | null> {
  const key = PREFIX + domain.toLowerCase();
  const parsed = captureFromJson((await area.get(key))[key]);
  return parsed.ok ? parsed.capture : null;
}

/**
 * Stores what was captured or pasted for a domain: merged with what was captured before for
 * the same service (newer values win), and the setup updated: captured values replace typed
 * ones, other typed values stay. Returns the merged capture and the setup now stored.
 */
export async function storeCapture(area: StorageAreaLike, incoming: Capture): Promise<{ capture: Capture; setup: Setup }> {
  const checked = captureFromJson(incoming);
  if (!checked.ok) throw new UserError([checked.problem]);
  const capture = mergeCaptures((await loadCapture(area, checked.capture.domain)) ?? undefined, checked.capture);
  const previous = await loadSetup(area, capture.domain);
  const captured = setupOfCapture(capture);
  const setup: Setup =
    previous && previous.service === capture.service ? { ...captured, vars: { ...previous.vars, ...captured.vars } } : captured;
  await area.set({ [PREFIX + capture.domain]: capture });
  await saveSetup(area, setup);
  await saveLastDomain(area, capture.domain);
  return { capture, setup };
}
