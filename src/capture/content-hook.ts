/**
 * The capture side of the content script (registered with one import in src/content/): on the
 * OVHcloud panel's e-mail screens it reads what the page shows as the user moves around (an
 * SPA: hash routes, pop-overs and wizards appear without reloads) and sends one capture per
 * domain that needs action to the background, which validates and stores it. It also shows
 * the guide highlight the popup asks for.
 */
import browser from 'webextension-polyfill';
import { findTarget } from '../highlight/find-target.js';
import { removeHighlight, showHighlight } from '../highlight/highlight.js';
import { isWireTarget, locatorOfWire, type WireTarget } from '../highlight/wire.js';
import { findAdapterById, readPage } from '../sites/index.js';
import { domainOfRoute, panelRoute, serviceOfRoute } from '../sites/ovh-email-panel.js';
import { capturesFromPanel } from './captures-from-panel.js';
import { readPanel } from './read-panel.js';
import type { Capture, CaptureSource } from './types.js';

const MARK = '__dnsSetupAssistantCapture';
const scope = globalThis as Record<string, unknown>;
const QUIET_MS = 300;

/** The platform's server, remembered per service while the user moves between the panel's tabs. */
const servers = new Map<string, { value: string; source: CaptureSource }>();
const sent = new Set<string>();

function captureNow(): void {
  const url = new URL(location.href);
  const route = panelRoute(url);
  if (!route) return;
  const reading = readPanel(document);
  if (reading.server) servers.set(route.service, reading.server);
  else if (servers.has(route.service)) reading.server = servers.get(route.service)!;
  const serviceHint = serviceOfRoute(route);
  const routeDomain = domainOfRoute(route);
  const { captures } = capturesFromPanel(reading, { ...(serviceHint && { serviceHint }), ...(routeDomain && { routeDomain }) });
  for (const capture of captures) send(capture);
}

function send(capture: Capture): void {
  // Nothing new for this domain: the background already has it.
  const key = JSON.stringify(capture);
  if (sent.has(key) || (Object.keys(capture.vars).length === 0 && sent.has(`domain:${capture.domain}`))) return;
  sent.add(key);
  sent.add(`domain:${capture.domain}`);
  browser.runtime.sendMessage({ type: 'capture', payload: { capture } }).catch(() => undefined);
}

function showStep(target: WireTarget, hint: string): boolean {
  let locator;
  if ('locator' in target) locator = locatorOfWire(target.locator);
  else {
    const editor = findAdapterById(target.adapterId)?.editor;
    locator = target.fromEditor === 'openAddForm' ? editor?.openAddForm : editor && (editor.commit.kind === 'save' ? editor.commit.button : editor.commit.submit);
  }
  const element = locator ? findTarget(document, locator) : undefined;
  if (!element) return false;
  showHighlight(element, hint.slice(0, 200));
  return true;
}

if (!scope[MARK]) {
  scope[MARK] = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(captureNow, QUIET_MS);
  };
  if (panelRoute(new URL(location.href))) {
    new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden'] });
    captureNow();
  }
  window.addEventListener('hashchange', () => {
    later();
    // The page kind follows the hash route: tell the background, as the page reader does at injection.
    const page = readPage(new URL(location.href), document) ?? null;
    browser.runtime.sendMessage({ type: 'page-info', payload: { page } }).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, target, hint, domain } = message as { type?: unknown; target?: unknown; hint?: unknown; domain?: unknown };
    if (type === 'page-badges') {
      // The domain's Diagnostic badges, for guide steps that are done when the page shows it.
      const row = panelRoute(new URL(location.href)) ? readPanel(document).domains.find((entry) => entry.domain === domain) : undefined;
      return Promise.resolve({ badges: row ? row.badges : null });
    }
    if (type !== 'show-highlight') return undefined;
    removeHighlight();
    if (target === null) return Promise.resolve({ shown: false });
    if (!isWireTarget(target) || typeof hint !== 'string') return Promise.resolve({ shown: false });
    return Promise.resolve({ shown: showStep(target, hint) });
  });
}
