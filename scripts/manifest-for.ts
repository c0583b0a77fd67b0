/**
 * Derives each build's manifest from the top-level manifest.json (the Chrome shape).
 * Firefox gets background.scripts instead of a service worker, a sidebar instead of the
 * Chrome side panel, and its gecko settings; demo/test builds get extra host permissions.
 */
import { runnerImport } from 'vite';
import { DEMO_HOST } from '../src/sites/demo/adapter.js';
import { SIDE_PANEL_PAGE } from './vite-side-panel.js';

export type BuildTarget = 'chrome' | 'firefox' | 'demo-chrome' | 'test-chrome';


export const GECKO_ID = 'dns-setup-assistant@dns-setup-assistant.invalid';

type Manifest = Record<string, unknown> & { permissions: string[]; host_permissions: string[] };

export async function manifestFor(target: BuildTarget, base: object): Promise<Manifest> {
  const manifest = structuredClone(base) as Manifest;
  addContentScripts(manifest, await siteMatchPatterns());
  if (target === 'firefox') return firefoxManifest(manifest);
  if (target === 'demo-chrome') manifest.host_permissions.push(`https://${DEMO_HOST}/*`, `http://${DEMO_HOST}/*`);
  // The test pages that are no registrar's live under .test (RFC 6761: reserved for testing,
  // never a real site): the demo page, the customer-host panels, the unknown panels.
  if (target === 'test-chrome') manifest.host_permissions.push('https://*.test/*', 'http://*.test/*');
  return manifest;
}

/**
 * The content script runs by itself on the registrar pages the adapters name (their
 * matchPatterns), top frame only: same-origin frames are filled from there. Those hosts are
 * also host permissions, so the filler can be injected there from the side panel, which gets
 * no activeTab grant. Panels on the customer's own host (cPanel, Plesk) and unknown panels get
 * it on demand (activeTab).
 */
function addContentScripts(manifest: Manifest, matches: string[]): void {
  if (matches.length === 0) return;
  manifest.content_scripts = [{ matches, js: ['src/content/on-registrar-pages.ts'], run_at: 'document_idle' }];
  manifest.host_permissions.push(...matches);
}

/**
 * Every site's match patterns. The registry finds the site folders with vite's import.meta.glob,
 * so it is loaded through vite's module runner (this file runs while vite loads its config).
 */
async function siteMatchPatterns(): Promise<string[]> {
  const registry = await runnerImport<typeof import('../src/sites/registry.js')>('/src/sites/registry.ts', { configFile: false, logLevel: 'silent' });
  return [...new Set(registry.module.SITE_ADAPTERS.flatMap((adapter) => adapter.matchPatterns ?? []))].sort();
}

function firefoxManifest(manifest: Manifest): Manifest {
  const background = manifest.background as { service_worker: string; type: string };
  manifest.background = { scripts: [background.service_worker], type: 'module' };
  // Firefox has a sidebar, not Chrome's side panel (and no sidePanel permission).
  manifest.permissions = manifest.permissions.filter((permission) => permission !== 'sidePanel');
  manifest.sidebar_action = {
    default_panel: SIDE_PANEL_PAGE,
    default_title: '__MSG_sidebarTitle__',
    default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
    open_at_install: false,
  };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // data_collection_permissions is read from Firefox 140 on.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
