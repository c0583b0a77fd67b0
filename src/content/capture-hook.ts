/**
 * The capture side of the content script (registered with one import in src/content/): on the
 * OVHcloud panel's e-mail screens it reads what the page shows as the user moves around (an
 * SPA: hash routes, pop-overs and wizards appear without reloads) and sends each new reading,
 * as plain data, to the background, which turns it into captures with the catalog's own
 * validation (capturesFromPanel) and stores them: the catalog stays out of this script, which
 * runs on every registrar page load. It also shows the guide highlight the popup asks for.
 */
import { findTarget } from '../highlight/find-target.js';
import { removeHighlight, showHighlight } from '../highlight/highlight.js';
import { isWireTarget, locatorOfWire, type WireTarget } from '../highlight/wire.js';
import { onTabMessage, tellBackground } from '../messages/content-script.js';
import { readPage } from '../sites/page-sites.js';
import { domainOfRoute, panelRoute, serviceOfRoute } from '../sites/ovh-email-panel/adapter.js';
import { readPanel } from '../page/read-panel.js';
import type { CaptureSource } from '../capture/types.js';

const MARK = '__dnsSetupAssistantCapture';
const scope = globalThis as Record<string, unknown>;
const QUIET_MS = 300;

/** The platform's server, remembered per service while the user moves between the panel's tabs. */
const servers = new Map<string, { value: string; source: CaptureSource }>();
/** The last reading sent: the page mutates often, the background hears only about changes. */
let lastSent = '';

function captureNow(): void {
  const url = new URL(location.href);
  const route = panelRoute(url);
  if (!route) return;
  const reading = readPanel(document);
  if (reading.server) servers.set(route.service, reading.server);
  else if (servers.has(route.service)) reading.server = servers.get(route.service)!;
  const serviceHint = serviceOfRoute(route);
  const routeDomain = domainOfRoute(route);
  const payload = { reading, context: { ...(serviceHint && { serviceHint }), ...(routeDomain && { routeDomain }) } };
  const key = JSON.stringify(payload);
  if (key === lastSent) return;
  lastSent = key;
  tellBackground('panel-reading', payload);
}

/** The background turns editor targets into plain locators (the editors are not in this script). */
function showStep(target: WireTarget, hint: string): boolean {
  const locator = 'locator' in target ? locatorOfWire(target.locator) : undefined;
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
    tellBackground('page-info', { page });
  });
  onTabMessage({
    // The domain's Diagnostic badges, for guide steps that are done when the page shows it.
    'page-badges'({ domain }) {
      const row = panelRoute(new URL(location.href)) ? readPanel(document).domains.find((entry) => entry.domain === domain) : undefined;
      return { badges: row ? row.badges : null };
    },
    'show-highlight'({ target, hint }) {
      removeHighlight();
      if (target === null) return { shown: false };
      // From the extension, yet checked again: the background relays what the popup asked.
      if (!isWireTarget(target) || typeof hint !== 'string') return { shown: false };
      return { shown: showStep(target, hint) };
    },
  });
}
