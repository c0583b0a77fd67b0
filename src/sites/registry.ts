import { cpanelAdapter } from './cpanel/adapter.js';
import { gandiAdapter } from './gandi/adapter.js';
import { hostingerAdapter } from './hostinger/adapter.js';
import { ionosAdapter } from './ionos/adapter.js';
import { namecheapAdapter } from './namecheap/adapter.js';
import { pleskAdapter } from './plesk/adapter.js';
import { porkbunAdapter } from './porkbun/adapter.js';
import { cloudflareAdapter } from './cloudflare/adapter.js';
import { demoAdapter } from './demo/adapter.js';
import { godaddyAdapter } from './godaddy/adapter.js';
import { ovhEmailPanelAdapter } from './ovh-email-panel/adapter.js';
import { ovhZoneLegacyAdapter } from './ovh-zone-legacy/adapter.js';
import { ovhZoneReactAdapter } from './ovh-zone-react/adapter.js';
import { GENERIC_SITE } from './generic/adapter.js';
import type { Localized } from '../i18n/lang.js';
import { normalizeName } from '../records/normalize.js';
import type { PageInfo, SiteAdapter } from './types.js';

/**
 * Every site adapter (the light descriptors: URL, page kind, zone); adding a site is one file,
 * one line here and, when it has an editor, one line in src/sites/editors.ts.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  demoAdapter,
  ovhZoneLegacyAdapter,
  ovhZoneReactAdapter,
  godaddyAdapter,
  cloudflareAdapter,
  ovhEmailPanelAdapter,
  namecheapAdapter,
  porkbunAdapter,
  hostingerAdapter,
  gandiAdapter,
  ionosAdapter,
  cpanelAdapter,
  pleskAdapter,
];

export function findAdapter(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url));
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

/** An adapter as the UI names it; the generic filler's name comes in EN and FR. */
export interface SiteIdentity {
  id: string;
  name: string | Localized;
}

/** The site behind a page's `adapterId`: a registered adapter, or the generic filler (matched by no URL). */
export function findAdapterById(id: string): SiteIdentity | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.id === id) ?? (id === GENERIC_SITE.id ? GENERIC_SITE : undefined);
}
