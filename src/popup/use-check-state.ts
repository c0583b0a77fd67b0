import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages/client.js';
import { extensionApi } from '../ext/browser.js';
import { isFromExtension } from '../messages/event-sender.js';
import type { CheckEvent, CheckState } from '../messages/types.js';

function isCheckEvent(message: unknown): message is CheckEvent {
  return typeof message === 'object' && message !== null && (message as { event?: unknown }).event === 'check-state';
}

/** The background's check for this domain, kept live by its events (the check outlives this page). */
export function useCheckState(domain: string): [CheckState, (state: CheckState) => void] {
  const [state, setState] = useState<CheckState>({ state: 'idle' });
  useEffect(() => {
    if (!domain) return setState({ state: 'idle' });
    let current = true;
    send('get-check', { domain }).then(
      (next) => current && setState(next),
      () => current && setState({ state: 'idle' }),
    );
    const listener = (message: unknown, sender: unknown) => {
      // Only the background's events: content scripts can send to this page too.
      if (isCheckEvent(message) && message.domain === domain && isFromExtension(sender)) setState(message.state);
      return undefined; // never answer: requests are the background's business
    };
    extensionApi().runtime.onMessage.addListener(listener);
    return () => {
      current = false;
      extensionApi().runtime.onMessage.removeListener(listener);
    };
  }, [domain]);
  return [state, setState];
}
