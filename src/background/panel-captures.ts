import { capturesFromPanel } from '../capture/captures-from-panel.js';
import type { Capture, PanelReading } from '../capture/types.js';

/** How many pages' "already stored" sets are kept (one per panel document; old ones are forgotten). */
const PAGES_REMEMBERED = 32;

/**
 * The `panel-reading` handler: the content script on the OVH e-mail panel sends what the
 * screen shows, and the captures are built here, through the catalog's variable readers
 * (capturesFromPanel), so the catalog never ships in the content script. Same rule as when
 * the content script stored captures itself: a capture identical to one already stored from
 * this page is skipped, and so is an empty one for a domain this page already stored.
 */
export function createPanelCaptures(store: (capture: Capture) => Promise<unknown>) {
  const storedByPage = new Map<string, Set<string>>();

  function storedFor(page: string): Set<string> {
    let stored = storedByPage.get(page);
    if (!stored) {
      stored = new Set();
      storedByPage.set(page, stored);
      // Insertion order: the oldest page goes first.
      if (storedByPage.size > PAGES_REMEMBERED) storedByPage.delete(storedByPage.keys().next().value!);
    }
    return stored;
  }

  return async function onPanelReading(reading: PanelReading, context: { serviceHint?: string; routeDomain?: string }, page: string): Promise<null> {
    const stored = storedFor(page);
    for (const capture of capturesFromPanel(reading, context).captures) {
      const key = JSON.stringify(capture);
      if (stored.has(key) || (Object.keys(capture.vars).length === 0 && stored.has(`domain:${capture.domain}`))) continue;
      stored.add(key);
      stored.add(`domain:${capture.domain}`);
      await store(capture);
    }
    return null;
  };
}
