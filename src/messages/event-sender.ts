import { extensionApi } from '../ext/browser.js';
import { classifySender, type SenderLike } from './sender.js';

/**
 * True when an event pushed to the popup or side panel (`check-state`, `fill-state`) comes from
 * our own background or pages. `runtime.sendMessage` from a content script reaches these pages
 * too: without this gate, a registrar page whose renderer is compromised could paint a forged
 * "every record is live" check or fill state in the extension's own UI.
 */
export function isFromExtension(sender: unknown): boolean {
  if (typeof sender !== 'object' || sender === null) return false;
  const runtime = extensionApi().runtime;
  return classifySender(sender as SenderLike, runtime.id, runtime.getURL('')) === 'extension-page';
}
