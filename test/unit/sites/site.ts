import { findAdapterById } from '../../../src/sites/registry.js';
import type { SiteAdapter } from '../../../src/sites/types.js';

/** A site's adapter as the registry gives it (its id from its folder). */
export function site(id: string): SiteAdapter {
  const adapter = findAdapterById(id);
  if (!adapter) throw new Error(`No site "${id}": src/sites/${id}/adapter.ts is missing.`);
  return adapter;
}
