import type { SenderKind } from './requests.js';

/** The parts of runtime.MessageSender we judge by. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * What sent a message: one of our own pages (popup, side panel, options — even when opened in a
 * tab, so the URL decides first), a content script in a tab's top frame, or null for anything
 * else (another extension, a sub-frame, a web page through externally_connectable).
 */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}
