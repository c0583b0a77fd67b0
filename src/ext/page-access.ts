import { extensionApi } from './browser.js';

/**
 * How asking for a page's access went:
 * - `granted` / `refused`: the browser's dialog for the page's origin was answered;
 * - `asked-in-toolbar`: the browser put the request in its own toolbar (the extension could not
 *   name the origin: without access the browser hides the tab's address);
 * - `toolbar-only`: nothing to ask with; clicking the extension's toolbar button grants the tab.
 */
export type PageAccessAnswer = 'granted' | 'refused' | 'asked-in-toolbar' | 'toolbar-only';

/**
 * Asks for access to the tab's page. Call it straight from a click handler, before any `await`:
 * browsers show the permission dialog only during a user gesture.
 */
export function requestPageAccess(tabId: number, origin: string | undefined): Promise<PageAccessAnswer> {
  const permissions = extensionApi().permissions;
  if (origin) {
    return permissions.request({ origins: [`${origin}/*`] }).then(
      (granted) => (granted ? 'granted' : 'refused'),
      () => 'refused',
    );
  }
  if (!permissions.addHostAccessRequest) return Promise.resolve('toolbar-only');
  return permissions.addHostAccessRequest({ tabId }).then(
    () => 'asked-in-toolbar',
    () => 'toolbar-only',
  );
}

/** Calls `listener` whenever the extension gains a permission (the user allowed a site); returns the unsubscribe. */
export function onPermissionAdded(listener: () => void): () => void {
  const added = extensionApi().permissions.onAdded;
  added.addListener(listener);
  return () => added.removeListener(listener);
}
