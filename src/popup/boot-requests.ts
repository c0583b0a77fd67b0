import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import { extensionApi } from '../ext/browser.js';
import type { Options } from '../messages/options.js';
import type { TabContext } from '../messages/types.js';
import type { Setup } from '../services/desired.js';

/**
 * The background's answers the UI needs before its first real render. Asked from the first,
 * small chunk (main.tsx) so the round trips run while the UI's own chunk (the catalog, the
 * form) is still loading; boot.ts turns them into the setup to show.
 */
export interface BackgroundAnswers {
  options: Options;
  tabId?: number;
  /** Why `tabId=` in the address was not used. */
  tabProblem?: Localized;
  context: TabContext;
  lastSetup: Setup | null;
}

/** The tab the UI works for: `?tabId=` (tests, links), else the active tab of this window. */
async function targetTab(params: URLSearchParams): Promise<{ tabId?: number; problem?: Localized }> {
  const raw = params.get('tabId');
  if (raw !== null) {
    if (/^\d{1,10}$/.test(raw)) return { tabId: Number(raw) };
    return {
      problem: localized({
        en: `tabId={raw} is not a tab number; the page could not be read.`,
        fr: `tabId={raw} n’est pas un numéro d’onglet ; la page n’a pas pu être lue.`,
      }, { raw: raw.slice(0, 20) }),
    };
  }
  const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? {} : { tabId: tab.id };
}

export async function askBackground(search: string): Promise<BackgroundAnswers> {
  const params = new URLSearchParams(search);
  // Independent questions go out together: each is a round trip to the background.
  const [options, target, lastSetup] = await Promise.all([send('get-options', {}), targetTab(params), send('get-setup', {})]);
  const context: TabContext =
    target.tabId === undefined ? { notation: 'fqdn' } : await send('get-tab-context', { tabId: target.tabId }).catch(() => ({ notation: 'fqdn' as const }));
  return { options, context, lastSetup, ...(target.tabId !== undefined && { tabId: target.tabId }), ...(target.problem && { tabProblem: target.problem }) };
}
