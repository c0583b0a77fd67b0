/**
 * The one browser facade (src/ext/ is the only folder that touches `chrome.*` / `browser.*`).
 *
 * This file is the light half: the few calls the popup, side panel, options page and page reader
 * make, on the browser's own API. MV3 Chrome (`chrome.*`) and Firefox (`browser.*`) both return
 * promises there, so these pages need no polyfill (it weighed more than the rest of the popup's
 * messaging together, and ~3 KB gzip on every registrar page load). The background and the
 * on-demand filler use webextension-polyfill through ./polyfill.ts.
 */
/** A storage area of the browser (storage.local, storage.sync), as the extension uses it. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Listeners of extension pages only watch the background's events: they never answer. */
export type MessageListener = (message: unknown, sender: unknown) => void;

/** What a content script's listener gets: replies go through `sendResponse` + `return true`, which both browsers keep. */
export type AnsweringListener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | undefined;

export interface ExtensionApi {
  runtime: {
    /** Our extension's id and the address of its files: who may push events to these pages. */
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string };
    openOptionsPage(): Promise<void>;
    onMessage: {
      addListener(listener: MessageListener | AnsweringListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  tabs: { query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]> };
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    onAdded: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
    /** Chrome 133+: the browser shows the tab's request for access in its own toolbar (no origin needed). */
    addHostAccessRequest?(request: { tabId: number }): Promise<void>;
  };
  /** storage.local: the imported Domain Connect templates, read by the popup and the filler. */
  storage: { local: StorageArea };
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
