/**
 * The two runtime calls the page reader makes, without webextension-polyfill: that library
 * costs ~3 KB gzip on every registrar page load, and both browsers already offer what is used
 * here (Firefox's `browser`, Chrome MV3's promise-returning `chrome.runtime.sendMessage`).
 * Replies go through `sendResponse` + `return true`, which both browsers keep, instead of a
 * returned promise, which Chrome's `chrome.runtime.onMessage` ignores.
 */
interface MessageSenderLike {
  id?: string;
}

interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
  onMessage: {
    addListener(listener: (message: unknown, sender: MessageSenderLike, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

function runtime(): RuntimeLike {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  const found = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!found) throw new Error('No extension runtime here: this script only runs as the extension’s content script.');
  return found;
}

/** Tells the background something; nobody listening (a service worker starting up) is not an error here. */
export function notifyExtension(message: unknown): void {
  try {
    void Promise.resolve(runtime().sendMessage(message)).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this orphaned script has nobody to tell.
  }
}

/**
 * Answers messages from the extension itself (never from pages or other extensions). The
 * handler returns undefined for messages that are not its own, so other listeners may answer.
 */
export function answerExtension(handler: (message: Record<string, unknown>) => unknown | Promise<unknown> | undefined): void {
  const api = runtime();
  api.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.id || typeof message !== 'object' || message === null) return undefined;
    const reply = handler(message as Record<string, unknown>);
    if (reply === undefined) return undefined;
    Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
