/**
 * The Lab's own browser: Debian's Chromium (playwright-core) without the extension, every Lab host
 * mapped to the fixture server and every other name unresolvable (no page of the Lab reaches
 * anything but loopback: fonts a library links from a CDN simply fall back).
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { listLabSites } from '../../fixtures/sites/kit/fixture-sites.js';
import { QUIET_CHROMIUM_ARGS } from '../../support/chromium-args.js';
import type { LoopbackDns } from '../../support/dns/loopback-dns.js';
import { hostResolverRules } from '../../support/dns/urls.js';
import { requireBinary } from '../../support/require-binary.js';
import { startFixtureServer, type FixtureServer } from '../fixture-server.js';

/**
 * How many Lab pages are driven at once: each is a whole component-library app, and CI has 2 cores
 * (more pages at once only make each slower). LAB_PARALLEL overrides it.
 */
export const LAB_PARALLEL = Number(process.env.LAB_PARALLEL ?? 3);

/** Runs `task` when one of `size` slots is free: the tests are concurrent, the browser work is bounded. */
export function slots(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

export interface LabBrowser {
  /** A fresh context (own cookies and storage: server-rendered pages start from the initial zone). */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchLabBrowser(tls: Pick<LoopbackDns, 'certPath' | 'keyPath'>): Promise<LabBrowser> {
  const fixtures: FixtureServer = await startFixtureServer(tls);
  const hosts = listLabSites().flatMap((site) => site.hosts);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: requireBinary('chromium', 'chromium'),
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(hosts, fixtures.port)}, MAP * ~NOTFOUND`, '--ignore-certificate-errors'],
    });
  } catch (error) {
    await fixtures.close();
    throw error;
  }
  return {
    async newContext() {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
      // Whole component-library apps on a busy 2-core machine: a first load can take longer than Playwright's 30 s.
      context.setDefaultTimeout(90_000);
      context.setDefaultNavigationTimeout(90_000);
      return context;
    },
    async close() {
      await browser.close();
      await fixtures.close();
    },
  };
}
