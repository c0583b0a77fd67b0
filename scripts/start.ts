/// <reference types="chrome" />
/**
 * `npm start`: builds the extension, serves the demo DNS editor (demo/) and a loopback DNS with
 * its zone, then opens Chromium with the extension loaded on the demo page, so a newcomer sees the
 * product at once without any account or network. Without a display ($DISPLAY unset) it runs
 * headless: it checks the demo zone, saves screenshots (popup, side panel, demo page) and prints
 * where they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_RESOLVERS } from '../src/dns/types.js';
import { DEMO_HOST } from '../src/sites/demo/adapter.js';
import { startLoopbackDns } from '../test/support/dns/loopback-dns.js';
import { hostResolverRules } from '../test/support/dns/urls.js';
import { extensionArgs } from '../test/support/chromium-args.js';
import { requireBinary } from '../test/support/require-binary.js';
import { startFixtureServer } from '../test/browser/fixture-server.js';

const BUILD = resolve('dist/demo-chrome');
const SCREENSHOTS = resolve('.cache/screenshots');
const DEMO_URL = `https://${DEMO_HOST}/dns-editor.html`;
// The demo zone (demo/zones/shop.demo.test.zone) is an on-premises Exchange, half set up.
const DEMO_SETUP = { domain: 'shop.demo.test', service: 'exchange-onprem', ip: '203.0.113.10' };

const chromiumPath = requireBinary('chromium', 'chromium');
const build = spawnSync('npx', ['tsx', 'scripts/build-extension.ts', '--only', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('The demo build failed: read the errors above, fix them, then run npm start again.');

const resolverHosts = DEFAULT_RESOLVERS.map((url) => new URL(url).hostname);
const dns = await startLoopbackDns({ zonesDirectory: resolve('demo/zones'), hosts: ['localhost', '127.0.0.1', DEMO_HOST, ...resolverHosts] });
const site = await startFixtureServer(dns.info);
const profile = mkdtempSync(join(tmpdir(), 'dsa-start-profile-'));
const headless = !process.env.DISPLAY;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless,
  viewport: headless ? { width: 1100, height: 800 } : null,
  args: [
    ...extensionArgs(BUILD),
    // The demo host and the default resolvers live on loopback (self-signed certificate).
    `--host-resolver-rules=${hostResolverRules([DEMO_HOST], site.port)}, ${hostResolverRules(resolverHosts, dns.info.tlsPort)}`,
    '--ignore-certificate-errors',
  ],
});
const cleanUp = async () => {
  await context.close().catch(() => undefined);
  await site.close();
  await dns.stop();
  rmSync(profile, { recursive: true, force: true });
};

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const demo = context.pages()[0] ?? (await context.newPage());
  await demo.goto(DEMO_URL);

  if (!headless) {
    console.log(`Chromium is open on the demo DNS editor (${DEMO_URL}).`);
    console.log('Click the extension in the toolbar (puzzle icon → DNS Setup Assistant), pick "Exchange Server (on-premises)", enter 203.0.113.10 and press "Check now".');
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((done) => {
      context.once('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots: string[] = [];
    const shoot = async (page: import('playwright-core').Page, name: string) => {
      const path = join(SCREENSHOTS, name);
      await page.screenshot({ path, fullPage: true });
      shots.push(path);
    };
    await shoot(demo, 'demo-page.png');
    const [tab] = await worker.evaluate((url) => chrome.tabs.query({ url }), DEMO_URL);
    const query = new URLSearchParams({ tabId: String(tab?.id), ...DEMO_SETUP });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/popup.html?${query}`);
    await popup.getByRole('button', { name: 'Check now' }).click();
    await popup.locator('li.result').first().waitFor({ timeout: 15_000 });
    await shoot(popup, 'popup.png');

    const panel = await context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${extensionId}/src/popup/sidepanel.html?tabId=${tab?.id}`);
    await panel.locator('li.result').first().waitFor({ timeout: 15_000 });
    await shoot(panel, 'side-panel.png');

    console.log('No display: ran headless. Screenshots:');
    for (const path of shots) console.log(`  ${path}`);
  }
} finally {
  await cleanUp();
}
