/// <reference types="chrome" />
/**
 * The real-browser harness: Debian's Chromium driven by playwright-core, the TEST build of the
 * extension loaded, fixture pages over HTTPS under their real host names, and the public DoH
 * resolvers' names mapped to the loopback DoH server. See shared docs/testing.md for the recipes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { DEFAULT_RESOLVERS } from '../../src/dns/types.js';
import type { Options } from '../../src/messages/options.js';
import { DEMO_HOST } from '../../src/sites/demo/adapter.js';
import { extensionArgs } from '../support/chromium-args.js';
import { requireBinary } from '../support/require-binary.js';
import type { LoopbackDns } from '../support/dns/loopback-dns.js';
import { hostResolverRules } from '../support/dns/urls.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { fixtureSiteHosts } from '../fixtures/sites/kit/fixture-sites.js';

export const TEST_BUILD = resolve('dist/test-chrome');
export const SCREENSHOTS = resolve('.cache/screenshots/e2e');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `https://demo.dns-setup-assistant.test` — the demo DNS editor, served by the fixture server. */
  demoOrigin: string;
  /** An extension page (`src/popup/popup.html?…`) opened in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The id of the tab showing `url` (the popup's `tabId=` parameter). */
  tabIdOf(url: string): Promise<number>;
  /** A site page opened in a new tab, and that tab's id (what the popup's `tabId=` names), even for a page the extension may not read. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  setOptions(options: Partial<Options>): Promise<void>;
  /** Clicks the extension's toolbar button over `page`'s tab, as a user does (the popup opens, activeTab is granted). */
  clickToolbarButton(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** The test build, built on demand when missing (npm test builds it first anyway). */
function ensureTestBuild(): void {
  if (existsSync(join(TEST_BUILD, 'manifest.json'))) return;
  const result = spawnSync('npx', ['tsx', 'scripts/build-extension.ts', '--only', 'test'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building dist/test-chrome failed: run `npm run build:ext` and read its errors.');
}

export async function launchExtension(dns: LoopbackDns, options: { locale?: string } = {}): Promise<ExtensionSession> {
  const executablePath = requireBinary('chromium', 'chromium');
  ensureTestBuild();
  const fixtures: FixtureServer = await startFixtureServer(dns);
  const profile = mkdtempSync(join(tmpdir(), 'dsa-e2e-profile-'));
  const rules = [
    hostResolverRules(DEFAULT_RESOLVERS.map((url) => new URL(url).hostname), dns.tlsPort),
    hostResolverRules([DEMO_HOST], fixtures.port),
    // Every fixture site under its real host names (test/fixtures/sites/*/site.json).
    hostResolverRules(fixtureSiteHosts(), fixtures.port),
  ].join(', ');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      ...(options.locale && { locale: options.locale }),
      viewport: { width: 900, height: 900 },
      args: [
        ...extensionArgs(TEST_BUILD),
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
        // CDP's Extensions.triggerAction: the toolbar button's click (clickToolbarButton).
        '--enable-unsafe-extension-debugging',
        // What navigator.languages reports in extension pages (--lang does not change it on Linux).
        ...(options.locale ? [`--accept-lang=${options.locale}`] : []),
      ],
    });
  } catch (error) {
    await fixtures.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Remember what the UI copies: the clipboard of a headless browser is not readable reliably.
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    if (!clipboard || location.protocol !== 'chrome-extension:') return;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      (window as unknown as { __copied: string[] }).__copied = [...((window as unknown as { __copied?: string[] }).__copied ?? []), text];
      await original(text).catch(() => undefined);
    };
  });

  const tabIdOf = async (url: string): Promise<number> => {
    // Match patterns never hold a fragment: hash-routed panels (OVHcloud) are found without it.
    const pattern = url.split('#')[0]!;
    const ids = await worker.evaluate(async (wanted) => (await chrome.tabs.query({ url: wanted })).map((tab) => tab.id), pattern);
    if (typeof ids[0] !== 'number') throw new Error(`No tab shows ${url}: open it first.`);
    return ids[0];
  };

  return {
    context,
    worker,
    extensionId,
    demoOrigin: `https://${DEMO_HOST}`,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    tabIdOf,
    async openTab(url) {
      // The new tab's id, found without its address: without access to a page, tabs.query cannot match it by URL.
      const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
      const before = new Set(await tabIds());
      const page = await context.newPage();
      await page.goto(url);
      const opened = (await tabIds()).filter((id) => !before.has(id));
      if (opened.length !== 1) throw new Error(`${opened.length} tabs opened for ${url}: open one page at a time.`);
      return { page, tabId: opened[0]! };
    },
    async setOptions(partial) {
      await worker.evaluate(async (next) => {
        const { options } = await chrome.storage.sync.get('options');
        await chrome.storage.sync.set({ options: { resolvers: [...next.defaults], defaultTtl: 3600, language: 'auto', ...(options ?? {}), ...next.partial } });
      }, { partial, defaults: [...DEFAULT_RESOLVERS] });
    },
    async clickToolbarButton(page) {
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level CDP session for this context: the toolbar button cannot be clicked.');
      // The popup works for the window's active tab: the user clicks while the page is shown.
      await page.bringToFront();
      const cdp = await browser.newBrowserCDPSession();
      // The action runs on a tab target (not the page target playwright drives), found by its address.
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tabs = targetInfos.filter((target) => target.type === 'tab' && target.url === page.url());
      if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}: open it once before clicking the toolbar button over it.`);
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]!.targetId });
      await cdp.detach();
    },
    async close() {
      await context.close();
      await fixtures.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface SessionOptions {
  /** A folder under the screenshots (`sites`), made before the tests. */
  screenshots?: string;
  language?: Options['language'];
  /** Each test starts as a user who never used the assistant (storage cleared), and closes every page it opened. */
  freshEachTest?: boolean;
  /** How long the launch may take (the hooks' default otherwise). */
  launchTimeoutMs?: number;
}

/**
 * The extension in Chromium for the tests of a file or a describe block: launched before them,
 * closed after. The session is there once the tests run (reading it earlier throws).
 */
export function useExtensionSession(options: SessionOptions = {}): ExtensionSession {
  let session: ExtensionSession | undefined;
  const current = (): ExtensionSession => {
    if (!session) throw new Error('The extension session starts in beforeAll: use it inside a test or a hook.');
    return session;
  };
  beforeAll(async () => {
    if (options.screenshots !== undefined) mkdirSync(join(SCREENSHOTS, options.screenshots), { recursive: true });
    session = await launchExtension(inject('dns'));
    if (options.language) await session.setOptions({ language: options.language });
  }, options.launchTimeoutMs);
  afterAll(() => session?.close());
  if (options.freshEachTest) {
    beforeEach(() => current().worker.evaluate(() => chrome.storage.local.clear()));
    // Even after a failed test: an open popup would save its setup into the next test.
    afterEach(() => Promise.all(current().context.pages().map((page) => page.close())));
  }
  return new Proxy({} as ExtensionSession, { get: (_target, key) => current()[key as keyof ExtensionSession] });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (evaluated through CDP: no CSP in the way). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
}

/** Every text the page copied to the clipboard, oldest first. */
export function copiedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __copied?: string[] }).__copied ?? []);
}
