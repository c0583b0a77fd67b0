/**
 * Opens the same UI in the browser's side area, which stays open while the user works in the page
 * (the popup closes on the first click there). Must run inside a click handler (user gesture).
 */
export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  const api = globalThis as {
    chrome?: { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> }; windows?: { WINDOW_ID_CURRENT: number } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  try {
    if (api.browser?.sidebarAction) {
      await api.browser.sidebarAction.open(); // Firefox
      return true;
    }
    if (api.chrome?.sidePanel) {
      await api.chrome.sidePanel.open(tabId === undefined ? { windowId: api.chrome.windows?.WINDOW_ID_CURRENT ?? -2 } : { tabId });
      return true;
    }
  } catch {
    // Falls through: the browser refused (no gesture, or no side panel support).
  }
  return false;
}
