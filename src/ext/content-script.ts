import { extensionApi, type AnsweringListener } from './browser.js';

/**
 * The two calls of the content scripts (page reader, capture hook), on the browser's own API:
 * apart from ./browser.ts so the popup's first chunk, which bundles that file, stays without them.
 */
/** Tells the background something from a content script; nobody listening (a service worker starting up) is not an error. */
export function notifyExtension(message: unknown): void {
  try {
    void Promise.resolve(extensionApi().runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this orphaned script has nobody to tell.
  }
}

/**
 * Answers messages from the extension itself (never from pages or other extensions), in a
 * content script. The handler returns undefined for messages that are not its own, so other
 * listeners may answer. Replies go through `sendResponse` + `return true` rather than a returned
 * promise, which Chrome's `chrome.runtime.onMessage` ignores.
 */
export function answerExtension(handler: (message: Record<string, unknown>) => unknown | Promise<unknown> | undefined): void {
  const api = extensionApi();
  const listener: AnsweringListener = (message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const reply = handler(message as Record<string, unknown>);
    if (reply === undefined) return undefined;
    Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
}
