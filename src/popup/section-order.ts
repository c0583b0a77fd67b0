import type { PageInfo } from '../sites/types.js';
import { pageHasEditor } from './page-kind.js';

/** The popup's sections; `more` holds the folded, less-used ones (paste, share). */
export type SectionId = 'setup' | 'captured' | 'records' | 'fill' | 'fill-hint' | 'check' | 'guide' | 'more';

/**
 * The sections in the order of what the user does next, decided once when the UI opens (a live
 * reorder would move the field being typed in and drop its focus):
 * - on a page with a DNS editor and a complete setup: fill in and check first;
 * - on a page with a DNS editor but no complete setup yet: the setup first, then fill in;
 * - on a page without DNS editor (the control panel): what was read there and the guide first,
 *   and a one-line hint instead of the fill section;
 * - with no page: the setup and its records.
 */
export function sectionOrder(page: Pick<PageInfo, 'pageKind'> | undefined, setupReady: boolean): SectionId[] {
  if (page === undefined) return ['setup', 'captured', 'records', 'check', 'guide', 'more'];
  if (!pageHasEditor(page)) return ['captured', 'guide', 'fill-hint', 'setup', 'records', 'check', 'more'];
  if (setupReady) return ['fill', 'check', 'setup', 'captured', 'records', 'guide', 'more'];
  return ['setup', 'captured', 'records', 'fill', 'check', 'guide', 'more'];
}
