import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { normalizeName, toUnicodeName } from '../records/normalize.js';
import { zoneNameOf } from '../page/domain/zone-name.js';
import { parseZoneName } from '../records/names/zone-name.js';
import type { EditorSpec } from '../fill/editor-spec.js';
import { editorOf } from '../sites/editors.js';
import { genericDrivenEditor } from './generic-editor.js';
import { findAdapter, GENERIC_ADAPTER } from '../sites/registry.js';
import type { SiteAdapter } from '../sites/types.js';
import { recognizedAdapter } from './unlisted-page.js';

export interface PageEditor {
  adapter: SiteAdapter;
  editor: EditorSpec;
  /** The zone the page says it edits, when it names one (model form: punycode, no final dot). */
  domain?: string;
}

/**
 * The DNS editor of this page: the adapter's, when an adapter knows the page (by URL, or by
 * content for panels on the customer's own host), else the generic filler's, built from the form.
 * Filler only: it pulls every site's editor in (src/sites/editors.ts).
 */
export function pageEditor(url: URL, document: Document): PageEditor | undefined {
  const adapter = findAdapter(url) ?? recognizedAdapter(document);
  const editor = adapter && editorOf(adapter.id);
  if (adapter && editor) {
    const shown = adapter.read(url, document).domain;
    // The page's candidate, read strictly: the filler carries the UTS #46 table.
    const candidate = shown === undefined ? undefined : zoneNameOf(shown);
    const parsed = candidate === undefined ? undefined : parseZoneName(candidate);
    const domain = parsed?.ok ? parsed.name : undefined;
    return { adapter, editor, ...(domain && { domain }) };
  }
  // The generic driver reads the form as it opens (its own add button, its conventions): nothing about the page is written in advance.
  const generic = genericDrivenEditor(document);
  return generic ? { adapter: GENERIC_ADAPTER, editor: generic } : undefined;
}

/**
 * True when the page edits another zone than the setup's. Sites show names their own way (an IDN
 * in Unicode, capitals, a final dot) while the setup holds the model form (punycode): both are
 * read with normalizeName before they are compared.
 */
export function editsOtherZone(pageDomain: string, setupDomain: string): boolean {
  return normalizeName(pageDomain) !== normalizeName(setupDomain);
}

/** Both zones as people read them (an IDN in its own script). */
export function otherZone(pageZone: string, setupZone: string): Localized {
  const [pageDomain, setupDomain] = [toUnicodeName(pageZone), toUnicodeName(setupZone)];
  return localized({
    en: `This page edits the zone of {pageDomain}, not {setupDomain}: open the DNS zone of {setupDomain}, or change the domain in the assistant.`,
    fr: `Cette page modifie la zone de {pageDomain}, pas celle de {setupDomain} : ouvrez la zone DNS de {setupDomain}, ou changez le domaine dans l’assistant.`,
  }, { pageDomain, setupDomain });
}
