import browser from 'webextension-polyfill';
import type { Localized } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import type { Options, TabContext } from '../messages/types.js';
import type { Setup } from '../services/desired.js';
import { expandService } from '../services/expand.js';
import { setupFromUrlParams } from '../share/share-code.js';

export interface BootState {
  options: Options;
  tabId?: number;
  context: TabContext;
  setup: Setup;
  /** Why the setup in the address was not applied (shown, never silently dropped). */
  linkProblems: Localized[];
}

/** The tab the UI works for: `?tabId=` (tests, links), else the active tab of this window. */
async function targetTab(params: URLSearchParams): Promise<{ tabId?: number; problem?: Localized }> {
  const raw = params.get('tabId');
  if (raw !== null) {
    if (/^\d{1,10}$/.test(raw)) return { tabId: Number(raw) };
    return {
      problem: {
        en: `tabId=${raw.slice(0, 20)} is not a tab number; the page could not be read.`,
        fr: `tabId=${raw.slice(0, 20)} n’est pas un numéro d’onglet ; la page n’a pas pu être lue.`,
      },
    };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? {} : { tabId: tab.id };
}

/**
 * Everything the UI needs before its first real render: options, the tab's page, and the
 * setup to show — from the address if it is valid, else the page's zone, else the last one.
 */
export async function boot(search: string): Promise<BootState> {
  const params = new URLSearchParams(search);
  const linkProblems: Localized[] = [];
  // Independent questions go out together: each is a round trip to the background.
  const [options, target, lastSetup] = await Promise.all([send('get-options', {}), targetTab(params), send('get-setup', {})]);
  if (target.problem) linkProblems.push(target.problem);
  const context: TabContext =
    target.tabId === undefined ? { notation: 'fqdn' } : await send('get-tab-context', { tabId: target.tabId }).catch(() => ({ notation: 'fqdn' as const }));

  const fromUrl = setupFromUrlParams(params);
  if (fromUrl.ok === true) {
    const expanded = expandService(fromUrl.setup.service, fromUrl.setup.domain, fromUrl.setup.vars);
    if (expanded.ok) return { options, tabId: target.tabId, context, setup: fromUrl.setup, linkProblems };
    linkProblems.push(...expanded.problems);
  } else if (fromUrl.ok === false) {
    linkProblems.push(fromUrl.problem);
  }

  const pageDomain = context.page?.domain;
  const stored = pageDomain ? await send('get-setup', { domain: pageDomain }) : lastSetup;
  const setup = stored ?? { domain: pageDomain ?? '', service: '', vars: {} };
  return { options, tabId: target.tabId, context, setup, linkProblems };
}
