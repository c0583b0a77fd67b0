import { useState } from 'preact/hooks';

const KEY_PREFIX = 'dsa-saved:';
/** How long after a save a missing record reads as caches lagging: negative caching rarely lasts longer. */
const JUST_SAVED_MS = 2 * 3600_000;

function savedAt(domain: string): number | undefined {
  try {
    const value = Number(localStorage.getItem(KEY_PREFIX + domain));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined; // storage blocked: nothing remembered
  }
}

/**
 * Whether the user saved this zone's records a moment ago (after a fill, or by saying "I saved"):
 * remembered across the popup's openings (the side panel and the popup share the storage).
 */
export function useJustSaved(domain: string): [boolean, () => void] {
  const [marked, setMarked] = useState<{ domain: string; at: number } | null>(null);
  const at = domain ? (savedAt(domain) ?? (marked?.domain === domain ? marked.at : undefined)) : undefined;
  const mark = () => {
    if (!domain) return;
    try {
      localStorage.setItem(KEY_PREFIX + domain, String(Date.now()));
    } catch {
      // storage blocked: remembered for this opening only (the state below)
    }
    setMarked({ domain, at: Date.now() });
  };
  return [at !== undefined && Date.now() - at < JUST_SAVED_MS, mark];
}
