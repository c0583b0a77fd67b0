/**
 * The domain a platform name or some zone-file names live in, without a public-suffix list
 * (tldts would add ~100 KB to the content script and the popup). Good enough because the
 * caller always shows the result before use and the user's typed domain wins when present.
 */
import { nameKey } from '../records/names/name-key.js';

/** `exchange.example.com` → `example.com`: the platform is named as one label below the domain (seed 001). */
export function domainOfPlatformName(name: string): string | undefined {
  const labels = name.split('.');
  return labels.length >= 3 ? labels.slice(1).join('.') : undefined;
}

/** The longest common suffix of absolute owner names, below any `_service._proto` labels. */
export function commonZone(owners: readonly string[]): string | undefined {
  const split = owners.map((owner) => nameKey(owner).split('.').filter((label) => !label.startsWith('_')));
  if (split.length === 0) return undefined;
  const common: string[] = [];
  for (let i = 1; split.every((labels) => labels.length >= i); i++) {
    const label = split[0]![split[0]!.length - i]!;
    if (!split.every((labels) => labels[labels.length - i] === label)) break;
    common.unshift(label);
  }
  // One host alone (`ab1cd-check.example.com.`): its zone is one label up.
  const distinct = new Set(split.map((labels) => labels.join('.')));
  if (distinct.size === 1 && common.length >= 3) common.shift();
  return common.length >= 2 ? common.join('.') : undefined;
}
