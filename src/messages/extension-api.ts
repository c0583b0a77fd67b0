/**
 * The few WebExtension calls the popup, side panel and options page make, on the browser's own
 * API: MV3 Chrome (`chrome.*`) and Firefox (`browser.*`) both return promises, so the UI pages
 * need no polyfill (it weighed more than the rest of the popup's messaging together).
 */
import type { StorageAreaLike } from '../storage/area.js';

/** Listeners here only watch the background's events: they never answer (no `true`, no promise). */
export type MessageListener = (message: unknown, sender: unknown) => void;

export interface ExtensionApi {
  runtime: {
    /** Our extension's id and the address of its files: who may push events to these pages. */
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string };
    openOptionsPage(): Promise<void>;
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  tabs: { query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]> };
  /** storage.local, read by the popup for the imported Domain Connect templates. */
  storage: { local: StorageAreaLike };
}

/**
 * Firefox's `browser` first (the namespace whose calls are documented to return promises there),
 * else Chrome's `chrome`. Looked up on each call, not at import: unit tests load these modules
 * without any extension API around.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!api?.runtime) throw new Error('No WebExtension API here: open this page from the extension, not as a plain file.');
  return api;
}
