/**
 * Derives each build's manifest from the top-level manifest.json (the Chrome shape).
 * Firefox gets background.scripts instead of a service worker, a sidebar instead of the
 * Chrome side panel, and its gecko settings; demo/test builds get extra host permissions.
 */
import { DEMO_HOST } from '../src/sites/demo/adapter.js';
import { SITE_ADAPTERS } from '../src/sites/registry.js';

export type BuildTarget = 'chrome' | 'firefox' | 'demo-chrome' | 'test-chrome';


export const GECKO_ID = 'dns-setup-assistant@dns-setup-assistant.invalid';

type Manifest = Record<string, unknown> & { permissions: string[]; host_permissions: string[] };

export async function manifestFor(target: BuildTarget, base: object): Promise<Manifest> {
  const manifest = structuredClone(base) as Manifest;
  addContentScripts(manifest);
  if (target === 'firefox') return firefoxManifest(manifest);
  if (target === 'demo-chrome') manifest.host_permissions.push(...hostPatterns([DEMO_HOST]));
  if (target === 'test-chrome') manifest.host_permissions.push(...hostPatterns([DEMO_HOST, ...(await testHosts())]));
  return manifest;
}

/**
 * The content script runs by itself on the registrar pages the adapters name (their
 * matchPatterns), top frame only: same-origin frames are filled from there. Those hosts are
 * also host permissions, so the filler can be injected there from the side panel, which gets
 * no activeTab grant. Panels on the customer's own host (cPanel, Plesk) and unknown panels get
 * it on demand (activeTab).
 */
function addContentScripts(manifest: Manifest): void {
  const matches = [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matchPatterns ?? []))].sort();
  if (matches.length === 0) return;
  manifest.content_scripts = [{ matches, js: ['src/content/on-registrar-pages.ts'], run_at: 'document_idle' }];
  manifest.host_permissions.push(...matches);
}

function hostPatterns(hosts: readonly string[]): string[] {
  return [...new Set(hosts)].filter((host) => /[a-z]/i.test(host) && host !== 'localhost').flatMap((host) => [`https://${host}/*`, `http://${host}/*`]);
}

/** The fixture hosts of the e2e harness (one list, owned by test/support). */
async function testHosts(): Promise<string[]> {
  try {
    const module = (await import('../test/support/test-hosts.js')) as { TEST_HOSTS?: readonly string[] };
    return [...(module.TEST_HOSTS ?? [])];
  } catch {
    return [];
  }
}

function firefoxManifest(manifest: Manifest): Manifest {
  const background = manifest.background as { service_worker: string; type: string };
  manifest.background = { scripts: [background.service_worker], type: 'module' };
  // Firefox has a sidebar, not Chrome's side panel (and no sidePanel permission).
  const sidePanel = manifest.side_panel as { default_path: string };
  delete manifest.side_panel;
  manifest.permissions = manifest.permissions.filter((permission) => permission !== 'sidePanel');
  manifest.sidebar_action = {
    default_panel: sidePanel.default_path,
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
