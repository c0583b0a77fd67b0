import { parseZoneName } from '../records/names/zone-name.js';
import type { PageInfo } from '../sites/types.js';

/**
 * The page with its zone read strictly (UTS #46 with the table, which the background loads at
 * start): the content script reads names leniently, without the table, and sends an IDN as the
 * page writes it (records/names/name-candidate.ts). A zone the strict reading refuses is dropped:
 * the page then names none, and the user types it.
 */
export function strictPage(page: PageInfo | null): PageInfo | null {
  if (page?.domain === undefined) return page;
  const { domain, ...rest } = page;
  const parsed = parseZoneName(domain);
  return parsed.ok ? { ...rest, domain: parsed.name } : rest;
}
