import { adapter as generic } from './generic/adapter.js';
import { PANEL_ADAPTERS } from './page-sites.js';
import type { SiteAdapter } from './types.js';

export { findAdapter, readPage } from './page-sites.js';

/**
 * Every site adapter, one per folder of src/sites/ (adding a site is adding its folder): the
 * known panels (page-sites.ts) and the generic filler, sorted by id.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [...PANEL_ADAPTERS, { id: 'generic', ...generic }].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The site behind a page's `adapterId` (the generic filler's too: it matches no URL). */
export function findAdapterById(id: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.id === id);
}

/** The generic filler (src/sites/generic/, always there): the site of a page with a record form no other site knows. */
export const GENERIC_ADAPTER = findAdapterById('generic')!;
