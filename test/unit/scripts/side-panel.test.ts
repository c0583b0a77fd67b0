import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SIDE_PANEL_PAGE } from '../../../scripts/vite-side-panel.js';

/** Every build (npm test builds dist/ first) has the side panel's page, made from the popup's, and its manifest names it. */
test.each(['dist/chrome', 'dist/firefox', 'dist/demo-chrome', 'dist/test-chrome'])('%s has the side panel page (popup in panel mode) and names it', (build) => {
  const popup = readFileSync(join(build, 'src/popup/popup.html'), 'utf8');
  const panel = readFileSync(join(build, SIDE_PANEL_PAGE), 'utf8');
  expect(panel).toBe(popup.replace('data-mode="popup"', 'data-mode="panel"'));
  expect(panel).toContain('data-mode="panel"');
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { side_panel?: { default_path: string }; sidebar_action?: { default_panel: string } };
  expect(manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel).toBe(SIDE_PANEL_PAGE);
});
