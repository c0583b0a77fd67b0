import { useEffect, useState } from 'preact/hooks';
import { loadUts46, needsUts46Table, uts46Loaded } from '../records/names/uts46.js';

/**
 * The popup reads names synchronously (the setup form validates as the user types) but fetches
 * the UTS #46 table only for a name that needs it (an IDN, an `xn--` label: see uts46.ts), so the
 * usual popup never downloads it. These load it before such a name is read.
 */
export async function loadTableFor(...names: string[]): Promise<void> {
  if (names.some(needsUts46Table)) await loadUts46();
}

/** False while the table `name` needs is on its way; the component renders again once it is there. */
export function useNameReadable(name: string): boolean {
  const waiting = needsUts46Table(name) && !uts46Loaded();
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (waiting) void loadUts46().then(() => setLoaded((count) => count + 1));
  }, [waiting]);
  return !waiting;
}
