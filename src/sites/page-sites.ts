import { normalizeName } from '../records/normalize.js';
import type { SiteOf } from './define-site.js';
import { byFolder } from './folders.js';
import type { PageInfo, SiteAdapter } from './types.js';

/**
 * The site adapters of known control panels (the light descriptors: URL, page kind, zone), one
 * per folder of src/sites/: every site but the generic filler, whose page reading (form
 * detection, zone listings) is most of a content script's weight. The manifest's content script
 * takes this list alone; registry.ts adds the generic filler for everything else. The demo site
 * (demo/dns-editor.html) is in the demo and test builds only, never in the store builds.
 */
const FOUND = import.meta.glob<SiteOf>(['./*/adapter.ts', '!./demo/**', '!./generic/**'], { eager: true, import: 'adapter' });
const DEMO = import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test' ? import.meta.glob<SiteOf>('./demo/adapter.ts', { eager: true, import: 'adapter' }) : {};

export const PANEL_ADAPTERS: readonly SiteAdapter[] = byFolder({ ...FOUND, ...DEMO }).map(([id, site]) => ({ id, ...site }));

/** The adapter that knows the page at this URL (at most one does: the examples' test holds them to it; the generic filler matches none). */
export function findAdapter(url: URL): SiteAdapter | undefined {
  return PANEL_ADAPTERS.find((adapter) => adapter.matches(url));
}

/** What the matched adapter reads from this page, or undefined on a page no adapter knows. */
export function readPage(url: URL, document: Document): PageInfo | undefined {
  const adapter = findAdapter(url);
  if (!adapter) return undefined;
  const { pageKind, domain, serviceId } = adapter.read(url, document);
  const info: PageInfo = { adapterId: adapter.id, pageKind, notation: adapter.notation, ...(serviceId && { serviceId }) };
  // In model form (normalize.ts), like every domain the background and the popup hold: a site
  // that shows an IDN in Unicode (`café.example`) edits the zone the setup calls `xn--caf-dma.example`;
  // compared as typed, the popup warned of another zone and the setup, the badge and the check
  // result stored under the DNS form were not found for the page.
  if (domain) info.domain = normalizeName(domain);
  return info;
}
