import { onTabMessage, tellBackground } from '../messages/content-script.js';
import type { PageInfo } from '../sites/types.js';

const scope = globalThis as Record<string, unknown>;

/**
 * Tells the background what the page is, at once and whenever it asks (`read-page`). `read`
 * gives undefined for a page it does not know: then nothing is told and nothing answers, so the
 * background injects the whole page reader when the popup opens (tab-context.ts). `mark` keeps
 * one listener per script however often it is injected.
 */
export function reportPage(mark: string, read: (url: URL) => PageInfo | null | undefined): void {
  if (scope[mark]) return;
  scope[mark] = true;
  const current = () => read(new URL(location.href));
  onTabMessage({ 'read-page': current });
  const page = current();
  if (page !== undefined) tellBackground('page-info', { page });
}
