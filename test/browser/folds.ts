import type { Page } from 'playwright-core';

/**
 * Opens a folded popup section (`fold-share`, `fold-paste`, `fold-zone`, `fold-values`) the way
 * a user does, by its summary; a no-op when it is already open (the popup remembers open folds
 * across openings, so a page opened later in the same browser may find it open).
 */
export async function openFold(page: Page, id: string): Promise<void> {
  const fold = page.locator(`details#${id}`);
  await fold.waitFor({ state: 'attached' });
  if ((await fold.getAttribute('open')) === null) await fold.locator(':scope > summary').click();
  await page.waitForFunction((foldId) => (document.getElementById(foldId) as HTMLDetailsElement | null)?.open === true, id);
}
