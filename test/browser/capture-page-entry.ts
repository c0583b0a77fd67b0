/**
 * Bundled into fixture pages by the capture/guide browser tests: the pure page readers, exposed
 * on window so tests call them in the page (the same code the content script runs).
 */
import { capturesFromPanel } from '../../src/capture/captures-from-panel.js';
import { readPanel } from '../../src/page/read-panel.js';
import { showHighlight } from '../../src/highlight/highlight.js';
import { findTarget } from '../../src/highlight/find-target.js';
import { locatorOfWire } from '../../src/highlight/wire.js';
import { readPage } from '../../src/sites/registry.js';

(window as unknown as Record<string, unknown>).__dsa = {
  readPanel: () => readPanel(document),
  readPage: () => readPage(new URL(location.href), document) ?? null,
  capturesFromPanel,
  showHighlight,
  findTarget,
  locatorOfWire,
};
