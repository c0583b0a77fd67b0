import type { Localized } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import type { Options } from '../messages/options.js';
import type { TabContext } from '../messages/types.js';
import type { Setup } from '../services/desired.js';
import { findService } from '../services/index.js';
import { extensionApi } from '../ext/browser.js';
import { TEMPLATES_KEY } from '../storage/templates-key.js';
import type { BackgroundAnswers } from './boot-requests.js';
import { loadUts46 } from '../records/names/uts46.js';
import { loadTableFor } from './names-table.js';

export interface BootState {
  options: Options;
  tabId?: number;
  context: TabContext;
  setup: Setup;
  /** Why the setup in the address was not applied (shown, never silently dropped). */
  linkProblems: Localized[];
  /** A saved setup whose service this version does not know: said, its domain and values kept. */
  unknownSavedService?: string;
}

/**
 * The setup the address carries. The share-code reader (and its sentences) loads only when the
 * address has more than the `tabId=` the toolbar never sets: the usual popup skips those bytes.
 */
async function setupFromAddress(params: URLSearchParams, pageDomain: string | undefined): Promise<Awaited<ReturnType<typeof import('../share/share-code.js').setupFromUrlParams>>> {
  const names = [...params.keys()];
  if (names.length === 0 || (names.length === 1 && names[0] === 'tabId')) return { ok: 'absent' };
  // The domain a code carries is read before it is known: the names table comes along.
  const [{ setupFromUrlParams }] = await Promise.all([import('../share/share-code.js'), loadUts46()]);
  // A setup link without `domain=` is for the zone the page shows (a link is given before the domain is known).
  if (!params.has('domain') && !params.has('code') && pageDomain) {
    const withDomain = new URLSearchParams(params);
    withDomain.set('domain', pageDomain);
    return setupFromUrlParams(withDomain);
  }
  return setupFromUrlParams(params);
}

/**
 * Imported Domain Connect templates are services too: the address, the saved setup and the
 * picker may name one. Unreadable storage leaves the built-in catalog, which still works.
 */
async function loadImportedTemplates(): Promise<void> {
  try {
    const area = extensionApi().storage.local;
    const stored = (await area.get(TEMPLATES_KEY))[TEMPLATES_KEY];
    // The template engine is fetched only by users who imported a template.
    if (!Array.isArray(stored) || stored.length === 0) return;
    // A template's hosts are read as names when a setup using it is expanded.
    const [{ useStoredTemplates }] = await Promise.all([import('../storage/imported-templates.js'), loadUts46()]);
    await useStoredTemplates(area);
  } catch {
    // The built-in services remain; a setup naming a template then says it is not imported.
  }
}

/**
 * Everything the UI needs before its first real render: options, the tab's page (asked by
 * main.tsx, see boot-requests.ts), and the setup to show — from the address if it is valid,
 * else the page's zone, else the last one.
 */
export async function boot(search: string, answers: BackgroundAnswers): Promise<BootState> {
  const params = new URLSearchParams(search);
  const { options, tabId, context, lastSetup } = answers;
  const linkProblems: Localized[] = answers.tabProblem ? [answers.tabProblem] : [];

  await loadImportedTemplates();
  const pageDomain = context.page?.domain;
  const fromUrl = await setupFromAddress(params, pageDomain);
  if (fromUrl.ok === true) {
    // A setup in the address (a link): only then does the first screen wait for the catalog's expansion.
    const { expandService } = await import('../services/expand.js');
    const expanded = expandService(fromUrl.setup.service, fromUrl.setup.domain, fromUrl.setup.vars);
    if (expanded.ok) return { options, tabId, context, setup: fromUrl.setup, linkProblems };
    linkProblems.push(...expanded.problems);
  } else if (fromUrl.ok === false) {
    linkProblems.push(fromUrl.problem);
  }

  const stored = pageDomain ? await send('get-setup', { domain: pageDomain }) : lastSetup;
  const setup = stored ?? { domain: pageDomain ?? '', service: '', vars: {} };
  // The App expands the setup in its first render.
  await loadTableFor(setup.domain.trim());
  // Saved by another version (a service renamed or removed): the user picks the service again.
  if (setup.service !== '' && !findService(setup.service)) return { options, tabId, context, setup, linkProblems, unknownSavedService: setup.service };
  return { options, tabId, context, setup, linkProblems };
}
