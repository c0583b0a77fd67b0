/**
 * The service worker (Chrome) / event page (Firefox). It owns storage and runs every DoH query:
 * content scripts cannot (their requests count as the page's), and the popup closes too soon.
 */
import { browser, type Runtime } from '../ext/polyfill.js';
import { loadCapture, storeCapture } from '../storage/captures.js';
import { localized } from '../i18n/format.js';
import { uiLanguage } from '../i18n/lang.js';
import type { CheckEvent, CheckState, FillEvent } from '../messages/types.js';
import type { SenderLike } from '../messages/sender.js';
import { loadOptions, saveOptions } from '../storage/options.js';
import { TEMPLATES_KEY, useStoredTemplates } from '../storage/imported-templates.js';
import { loadLastDomain, loadSetup, saveLastDomain, saveSetup } from '../storage/setups.js';
import { badgeFor } from './badge.js';
import { createChecks } from './checks.js';
import { createRechecks } from './rechecks.js';
import { createHosts } from './hosts.js';
import { alarms, onAlarm } from '../ext/alarms.js';
import { createFills } from './fills.js';
import { createPanelCaptures } from './panel-captures.js';
import { wireTargetForTab } from './highlight-target.js';
import fillerScript from '../content/filler.ts?iife';
import { UserError } from '../lib/user-error.js';
import { sendToTab } from '../messages/send-to-tab.js';
import type { FillReply, TabReplyOf, TabRequestOf, TabType } from '../messages/tab-requests.js';
import { createRouter } from './router.js';
import { installUts46Table } from '../records/names/uts46-install.js';
import { forgetTab, rememberPage, tabContext, tabsShowing } from './tab-context.js';

// Checks, fills and share codes read names synchronously (a service worker cannot import() later).
installUts46Table();

const local = browser.storage.local;
const sync = browser.storage.sync;

// Imported Domain Connect templates join the catalog before any check or fill uses it, and
// again whenever the options page changes them.
let templatesReady = useStoredTemplates(local);
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'local' && TEMPLATES_KEY in changes) templatesReady = useStoredTemplates(local);
});

async function showBadge(domain: string, state: CheckState, tabId?: number): Promise<void> {
  const badge = badgeFor(state, uiLanguage((await loadOptions(sync)).language, navigator.languages));
  const tabs = new Set(tabsShowing(domain));
  if (tabId !== undefined) tabs.add(tabId);
  for (const id of tabs) {
    // A tab may have closed meanwhile; its badge went with it.
    await Promise.all([
      browser.action.setBadgeText({ tabId: id, text: badge?.text ?? '' }),
      badge ? browser.action.setBadgeBackgroundColor({ tabId: id, color: badge.color }) : undefined,
      browser.action.setTitle({ tabId: id, title: badge?.title ?? browser.i18n.getMessage('actionTitle') }),
    ]).catch(() => undefined);
  }
}

function broadcast(domain: string, state: CheckState): void {
  const event: CheckEvent = { event: 'check-state', domain, state };
  // Rejects when no popup or side panel is open to hear it, which is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
}

const hostOf = createHosts({ sync, fetch: (input, init) => fetch(input, init), now: () => Date.now() });
const rechecks = createRechecks({ local, alarms, now: () => Date.now() });

const checks = createChecks({
  local,
  rechecks,
  sync,
  fetch: (input, init) => fetch(input, init),
  isOnline: () => navigator.onLine,
  onState(domain, state, tabId) {
    broadcast(domain, state);
    void showBadge(domain, state, tabId);
  },
});

/** A request to the tab's top-frame content script, injected first (activeTab/host permission) when absent. */
async function askTab<K extends TabType>(tabId: number, type: K, request: TabRequestOf<K>): Promise<TabReplyOf<K> | undefined> {
  try {
    return await sendToTab(tabId, type, request);
  } catch {
    await tabContext(tabId);
    return sendToTab(tabId, type, request);
  }
}

/**
 * A fill request to the tab's top frame: the filler (heavy, so never part of the page reader) is
 * injected first, every time (it keeps one listener), through activeTab or a host permission.
 */
async function askFiller(tabId: number, type: 'fill-plan' | 'fill-run', request: TabRequestOf<'fill-plan' | 'fill-run'>): Promise<FillReply | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [fillerScript] });
  } catch {
    throw new UserError([
      localized({
        en: 'The extension may not act on this tab: open the assistant from its toolbar button while the DNS page is shown, then try again.',
        fr: 'L’extension n’a pas accès à cet onglet : ouvrez l’assistant avec son bouton de la barre d’outils pendant que la page DNS est affichée, puis réessayez.',
      }),
    ]);
  }
  return sendToTab(tabId, type, request);
}

const fills = createFills({
  ask: askFiller,
  onState(tabId, state) {
    const event: FillEvent = { event: 'fill-state', tabId, state };
    browser.runtime.sendMessage(event).catch(() => undefined);
  },
  recheck(setup, tabId) {
    checks.start(setup, tabId, 'saved').catch(() => undefined);
  },
  session: browser.storage.session,
  tabOrigin: async (tabId) => originOf((await browser.tabs.get(tabId)).url),
});

const onPanelReading = createPanelCaptures((capture) => storeCapture(local, capture));

const route = createRouter(
  {
    'get-options': () => loadOptions(sync),
    'set-options': ({ options }) => saveOptions(sync, options),
    async 'get-setup'({ domain }) {
      const wanted = domain ?? (await loadLastDomain(local));
      return wanted ? loadSetup(local, wanted) : null;
    },
    async 'save-setup'({ setup }) {
      await saveSetup(local, setup);
      await saveLastDomain(local, setup.domain);
      return null;
    },
    'start-check': async ({ setup, tabId, saved }) => (await templatesReady, checks.start(setup, tabId, saved ? 'saved' : 'user')),
    'get-check': ({ domain }) => checks.current(domain),
    'get-host': ({ domain }) => hostOf(domain),
    'get-tab-context': ({ tabId }) => tabContext(tabId),
    async 'page-info'({ page }, sender: SenderLike) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const domain = rememberPage(tabId, page)?.domain;
      // A page of a zone checked before shows that result on the badge at once.
      if (domain) {
        const state = await checks.current(domain);
        if (state.state !== 'idle') void showBadge(domain, state, tabId);
      }
      return null;
    },
    'fill-plan': ({ tabId, setup, options }) => fills.plan(tabId, setup, options),
    'fill-run': ({ tabId, setup, options }) => fills.run(tabId, setup, options),
    'get-fill': async ({ tabId }) => fills.current(tabId),
    capture: ({ capture }) => storeCapture(local, capture),
    // One memory per panel page (tab and URL without its hash route): the panel is a single-page app.
    'panel-reading': ({ reading, context }, sender: SenderLike) =>
      onPanelReading(reading, context, `${sender.tab?.id ?? ''} ${sender.url?.replace(/#.*$/, '') ?? ''}`),
    'get-capture': ({ domain }) => loadCapture(local, domain),
    async 'show-highlight'({ tabId, target, hint }) {
      return (await askTab(tabId, 'show-highlight', { target: wireTargetForTab(target), hint })) ?? { shown: false };
    },
    // The page is not trusted: its answer keeps only badge names with a known state (tab-requests.ts).
    async 'get-page-badges'({ tabId, domain }) {
      return (await askTab(tabId, 'page-badges', { domain })) ?? { badges: null };
    },
    async 'fill-progress'({ progress }, sender: SenderLike) {
      return sender.tab?.id === undefined ? null : fills.progress(sender.tab.id, progress);
    },
  },
  { id: browser.runtime.id, origin: browser.runtime.getURL('') },
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Events pushed to pages are not requests; pages ignore each other's requests the same way.
  if (typeof message === 'object' && message !== null && 'event' in message) return undefined;
  return route(message, sender);
});

/** A page's origin, or undefined for a page without one (about:blank, a browser page). */
function originOf(url: string | undefined): string | undefined {
  try {
    const origin = url ? new URL(url).origin : 'null';
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

// A reload or a new page ends the content scripts, and with them the filler: on the same origin
// the background carries the run on in the new page, elsewhere it stops. Single-page apps also
// report loading/complete on route changes, so the filler is asked whether it still runs.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete') return;
  void fills.current(tabId).then((state) => {
    if (state.state !== 'running') return;
    sendToTab(tabId, 'fill-ping', {}).then(
      (reply) => (reply?.running === true ? undefined : fills.pageLoaded(tabId, originOf(tab.url))),
      () => fills.pageLoaded(tabId, originOf(tab.url)),
    );
  });
});

// A re-check scheduled when caches expire (rechecks.ts): the alarm may wake this worker from its sleep.
onAlarm((name) => {
  void rechecks.due(name).then(async (due) => {
    if (!due) return;
    await templatesReady;
    await checks.start(due.setup, due.tabId, 'scheduled');
  }).catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  fills.forget(tabId);
});
