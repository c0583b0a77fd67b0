/// <reference types="chrome" />
/**
 * A fill started the way a user starts it: the toolbar popup opened on the DNS page (here
 * `popup.html?tabId=N`, which stands for the toolbar click: the test build's host permission stands
 * for activeTab), the setup typed into its form, "Show what would be filled in", "Fill in all",
 * then the side panel following the run while the user clicks the site's Save after each record.
 */
import type { Page } from 'playwright-core';
import type { FillState } from '../../src/messages/types.js';
import { openFold, revealField } from './folds.js';
import type { ExtensionSession } from './harness.js';
import { sendFromPanel } from './sites/helpers.js';

export interface TypedSetup {
  /** Typed into the domain field (replacing what the page filled in); absent: left as read from the page. */
  domain?: string;
  service: string;
  vars: Record<string, string>;
}

/** The popup on the tab showing `page` (its address as the browser has it, IDN paths percent-encoded). */
export async function openPopupOn(session: ExtensionSession, page: Page): Promise<{ popup: Page; tabId: number }> {
  const tabId = await session.tabIdOf(page.url());
  const popup = await session.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`);
  // The UI replaces the loading shell once the background answered (the page read, the setup);
  // the field is folded into the setup's summary line when the setup was complete at opening.
  await popup.locator('#domain').waitFor({ state: 'attached' });
  return { popup, tabId };
}

/** What a user types: the domain (committed with Enter, as the form does on blur), the service, its values; then the records unfolded. */
export async function typeSetup(popup: Page, setup: TypedSetup): Promise<void> {
  if (setup.domain !== undefined) {
    await revealField(popup, 'domain');
    await popup.locator('#domain').fill(setup.domain);
    await popup.locator('#domain').press('Enter');
  }
  await revealField(popup, 'service');
  await popup.locator('#service').selectOption(setup.service);
  // Optional values sit under "More options".
  for (const [name, value] of Object.entries(setup.vars)) {
    await revealField(popup, `var-${name}`);
    await popup.locator(`#var-${name}`).fill(value);
  }
  // The records to copy, one click away under their count.
  await openFold(popup, 'fold-records');
}

/**
 * "Show what would be filled in" (with the merged SPF when asked), then "Fill in all". The popup
 * hands the run to the side panel (and may close); the side panel for the tab is returned.
 */
export async function fillAllFromPopup(session: ExtensionSession, popup: Page, tabId: number, options: { mergedSpf?: boolean } = {}): Promise<Page> {
  // The fill's buttons are in the action bar; the SPF merge is offered in the plan, beside its conflict.
  const bar = popup.locator('.action-bar');
  await bar.getByRole('button', { name: 'Show what would be filled in' }).click();
  if (options.mergedSpf) await popup.locator('section.fill').getByRole('checkbox', { name: /Replace the existing SPF record/ }).check();
  const fillAll = bar.getByRole('button', { name: /^Fill in all \(\d+\)$/ });
  await fillAll.waitFor();
  await fillAll.click();
  return session.openExtensionPage(`src/popup/sidepanel.html?tabId=${tabId}`);
}

/** Plays the user who clicks the site's Save after each filled record, until the run ends; its final state. */
export async function saveEachRecord(panel: Page, tabId: number, page: Page, save: (page: Page) => Promise<void>): Promise<FillState> {
  const handled = new Set<number>();
  const deadline = Date.now() + 30_000;
  let state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
  while ((state.state === 'running' || state.state === 'idle') && Date.now() < deadline) {
    const progress = state.state === 'running' ? state.progress : undefined;
    if (progress?.phase === 'awaiting-save' && !handled.has(progress.index)) {
      handled.add(progress.index);
      // A background tab gets throttled animation frames, which Playwright's click waits on.
      await page.bringToFront();
      await save(page);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await sendFromPanel<FillState>(panel, 'get-fill', { tabId });
  }
  return state;
}

/** The run's last sentence (`Done: …` when every record was filled in and saved). */
export const lastMessage = (state: FillState): string | undefined => (state.state === 'idle' ? undefined : state.progress?.message.en);
