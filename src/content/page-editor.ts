import type { Localized } from '../i18n/lang.js';
import { buildGenericEditor, genericAdapter } from '../sites/generic.js';
import { findAdapter, SITE_ADAPTERS } from '../sites/index.js';
import type { EditorSpec } from '../sites/editor-spec.js';
import type { PageInfo, SiteAdapter } from '../sites/types.js';

export interface PageEditor {
  adapter: SiteAdapter;
  editor: EditorSpec;
  /** The zone the page says it edits, when it says so. */
  domain?: string;
}

/**
 * The DNS editor of this page: the adapter's, when an adapter knows the page (by URL, or by
 * content for panels on the customer's own host), else the generic filler's, built from the form.
 */
export function pageEditor(url: URL, document: Document): PageEditor | undefined {
  const adapter = findAdapter(url) ?? recognizedAdapter(document);
  if (adapter?.editor) {
    const domain = adapter.read(url, document).domain?.trim().toLowerCase().replace(/\.$/, '');
    return { adapter, editor: adapter.editor, ...(domain && { domain }) };
  }
  const editor = buildGenericEditor(document);
  return editor ? { adapter: genericAdapter, editor } : undefined;
}

/** Panels on the customer's own host and port (cPanel, Plesk): known by their content, not their URL. */
function recognizedAdapter(document: Document): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.recognize?.(document));
}

/** The page info of a page no adapter knows by URL: one recognised by content, or the generic filler's. */
export function unlistedPageInfo(url: URL, document: Document): PageInfo | undefined {
  const adapter = recognizedAdapter(document);
  if (adapter) {
    const { pageKind, domain } = adapter.read(url, document);
    const clean = domain?.trim().toLowerCase().replace(/\.$/, '');
    return { adapterId: adapter.id, pageKind, notation: adapter.notation, ...(clean && { domain: clean }) };
  }
  return buildGenericEditor(document) ? { adapterId: genericAdapter.id, pageKind: 'dns-editor', notation: genericAdapter.notation } : undefined;
}

export function otherZone(pageDomain: string, setupDomain: string): Localized {
  return {
    en: `This page edits the zone of ${pageDomain}, not ${setupDomain}: open the DNS zone of ${setupDomain}, or change the domain in the assistant.`,
    fr: `Cette page modifie la zone de ${pageDomain}, pas celle de ${setupDomain} : ouvrez la zone DNS de ${setupDomain}, ou changez le domaine dans l’assistant.`,
  };
}
