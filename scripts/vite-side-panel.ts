import type { Plugin } from 'vite';

/** The side panel's page: the address tests and support tools open (`?tabId=N`). */
export const SIDE_PANEL_PAGE = 'src/popup/sidepanel.html';
const POPUP_PAGE = 'src/popup/popup.html';

interface Manifest {
  side_panel?: { default_path: string };
  sidebar_action?: unknown;
}

/**
 * The side panel is the popup's page in panel mode: one source (src/popup/popup.html), and every
 * build writes src/popup/sidepanel.html from the built popup with `data-mode="panel"` (main.ts
 * reads it). Chrome's manifest names it once crx has built the pages (crx would look for a source
 * file); Firefox's sidebar names it already (scripts/manifest-for.ts).
 */
export function sidePanelPage(): Plugin & { renderCrxManifest(manifest: Manifest): Manifest } {
  return {
    name: 'dsa:side-panel-page',
    enforce: 'post',
    // A hook of the crx plugin: it runs on the final manifest.
    renderCrxManifest(manifest: Manifest): Manifest {
      if (!manifest.sidebar_action) manifest.side_panel = { default_path: SIDE_PANEL_PAGE };
      return manifest;
    },
    generateBundle(_options, bundle) {
      const popup = bundle[POPUP_PAGE];
      const html = popup?.type === 'asset' ? String(popup.source) : '';
      if (!html.includes('data-mode="popup"')) this.error(`${POPUP_PAGE} with data-mode="popup" is not in the build: the side panel's page is made from it.`);
      this.emitFile({ type: 'asset', fileName: SIDE_PANEL_PAGE, source: html.replace('data-mode="popup"', 'data-mode="panel"') });
    },
  };
}
