/**
 * The heavy half of the browser facade: webextension-polyfill, for the background and the
 * on-demand filler, whose message listeners answer with promises (Chrome's own `onMessage`
 * ignores a returned promise; the polyfill turns it into `sendResponse`). The light pages use
 * ./browser.ts instead.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime } from 'webextension-polyfill';
