import { format } from '../i18n/format.js';
import type { Lang, Localized } from '../i18n/lang.js';
import type { PageInfo } from '../sites/types.js';

/**
 * What the first screen needs to know of the page, apart from the kinds' labels
 * (page-kind-labels.ts, loaded later with the sections that show them).
 */

/** The page kinds with a DNS record form, the only ones where "Fill in on this page" can work. */
export const EDITOR_PAGE_KINDS: ReadonlySet<string> = new Set(['dns-zone', 'dns-editor']);

/** True on pages with a DNS record form (an adapter's editor page, or a form the generic filler found). */
export function pageHasEditor(page: Pick<PageInfo, 'pageKind'> | undefined): boolean {
  return page !== undefined && EDITOR_PAGE_KINDS.has(page.pageKind);
}

/** Only for a page whose adapter the background could not name (an extension updated mid-session). */
const UNNAMED_SITE: Localized = { en: 'Unknown site', fr: 'site inconnu' };

/** The site's name for the user, as the background gave it (in the user's language when it has two). */
export function siteLabel(siteName: string | Localized | undefined, lang: Lang): string {
  if (siteName === undefined) return format(lang, UNNAMED_SITE);
  return typeof siteName === 'string' ? siteName : siteName[lang];
}
