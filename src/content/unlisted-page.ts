import { buildGenericEditor } from '../page/generic/form.js';
import { zoneNameOf } from '../page/domain/zone-name.js';
import { GENERIC_ADAPTER, SITE_ADAPTERS } from '../sites/registry.js';
import type { PageInfo, SiteAdapter } from '../sites/types.js';

/** Panels on the customer's own host and port (cPanel, Plesk): known by their content, not their URL. */
export function recognizedAdapter(document: Document): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.recognize?.(document));
}

/**
 * The page info of a page no adapter knows by URL: one recognised by content, or the generic
 * filler's. Apart from page-editor.ts so the page reader never imports the sites' editors.
 */
export function unlistedPageInfo(url: URL, document: Document): PageInfo | undefined {
  const adapter = recognizedAdapter(document);
  if (adapter) {
    const { pageKind, domain } = adapter.read(url, document);
    // A zone candidate (ASCII in model form, an IDN as written): the background reads it strictly.
    const clean = domain === undefined ? undefined : zoneNameOf(domain);
    return { adapterId: adapter.id, pageKind, notation: adapter.notation, ...(clean && { domain: clean }) };
  }
  // A DNS editor by its zone listing or its headings, add form open or not; the zone it names.
  const { pageKind, domain } = GENERIC_ADAPTER.read(url, document);
  if (pageKind !== 'dns-editor') return undefined;
  // The form's own notation, so the popup lists names as the panel takes them: a panel whose help
  // asks for fully qualified names was shown `@` and `mail` ("relative, as this site expects").
  const notation = buildGenericEditor(document)?.conventions.host ?? GENERIC_ADAPTER.notation;
  // The zone as the page names it (heading, breadcrumb, title, address, listing), a candidate already.
  return { adapterId: GENERIC_ADAPTER.id, pageKind, notation, ...(domain && { domain }) };
}
