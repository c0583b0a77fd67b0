import type { Page } from 'playwright-core';

/**
 * Opens a folded popup section (`fold-share`, `fold-paste`, `fold-zone`, `fold-records`,
 * `fold-setup`, `fold-more-options`) the way
 * a user does, by its summary; a no-op when it is already open (the popup remembers open folds
 * across openings, so a page opened later in the same browser may find it open).
 */
export async function openFold(page: Page, id: string): Promise<void> {
  const fold = page.locator(`details#${id}`);
  await fold.waitFor({ state: 'attached' });
  if ((await fold.getAttribute('open')) === null) await fold.locator(':scope > summary').click();
  await page.waitForFunction((foldId) => (document.getElementById(foldId) as HTMLDetailsElement | null)?.open === true, id);
}

/**
 * Makes a setup field visible the way a user does: the setup folds into its one-line summary when
 * it was complete at opening (`fold-setup`), and optional values sit under "More options".
 */
export async function revealField(page: Page, id: string): Promise<void> {
  const field = page.locator(`#${id}`);
  await field.waitFor({ state: 'attached' });
  if (await field.isVisible()) return;
  if ((await page.locator('details#fold-setup').count()) > 0) await openFold(page, 'fold-setup');
  if (!(await field.isVisible()) && (await page.locator('details#fold-more-options').count()) > 0) await openFold(page, 'fold-more-options');
}
