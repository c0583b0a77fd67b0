import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import type { ExtensionSession } from './harness.js';

/** Where the popup's screenshots for the README go. */
export const POPUP_DOCS = resolve('docs/screenshots/popup');
mkdirSync(POPUP_DOCS, { recursive: true });

/** The popup at Chrome's usual size, the side panel at its narrowest usual width. */
const SIZES = { popup: { width: 400, height: 600 }, sidepanel: { width: 360, height: 700 } } as const;
export type PopupView = keyof typeof SIZES;

/** Opens the popup or the side panel at its size, with `params` in its URL and the UI in `lang`, once its form is there. */
export async function openPopupView(session: ExtensionSession, view: PopupView, params: Record<string, string>, lang: 'en' | 'fr'): Promise<Page> {
  await session.setOptions({ language: lang, resolvers: [...DEFAULT_RESOLVERS] });
  const page = await session.context.newPage();
  await page.setViewportSize(SIZES[view]);
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/${view}.html?${new URLSearchParams(params)}`);
  await page.locator('#domain').waitFor({ state: 'attached' });
  return page;
}
