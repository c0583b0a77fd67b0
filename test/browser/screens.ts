import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { frenchScreenProblems } from './fr-screen.js';

/**
 * A state of the popup or side panel as users see it: `<name>.png` in the light scheme and
 * `<name>-dark.png` in the dark one (prefers-color-scheme), and, for a FR screen, no English UI
 * word and the French typography (fr-screen.ts). The page is left in the light scheme.
 */
export async function shootScreen(page: Page, dir: string, name: string, lang: 'en' | 'fr'): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: join(dir, `${name}.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(dir, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
  if (lang === 'fr') expect(await frenchScreenProblems(page)).toEqual([]);
}
