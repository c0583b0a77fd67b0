import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { extensionApi } from '../../ext/browser.js';
import { onPermissionAdded, requestPageAccess, type PageAccessAnswer } from '../../ext/page-access.js';
import { isFromExtension } from '../../messages/event-sender.js';
import type { PageReadableEvent } from '../../messages/types.js';
import { Ui } from '../../ui/ui-context.js';
import { pageAccessText } from './page-access-text.js';

function isPageReadable(message: unknown, tabId: number): message is PageReadableEvent {
  return typeof message === 'object' && message !== null && (message as { event?: unknown }).event === 'page-readable' && (message as { tabId?: unknown }).tabId === tabId;
}

interface Props {
  tabId: number;
  /** The page's origin, when the browser told it (then the browser's own dialog names it). */
  origin?: string;
  /** Reads the page again: access was given (a permission added, or the page read through the toolbar button). */
  onAccess: () => void;
}

/**
 * The side panel on a page it may not read (an unknown site, no activeTab grant): a button asks
 * for access, inside the click (a user gesture), and the panel reads the page once it is given.
 */
export function PageAccess({ tabId, origin, onAccess }: Props) {
  const { lang } = useContext(Ui);
  const t = pageAccessText(lang);
  const [answer, setAnswer] = useState<Exclude<PageAccessAnswer, 'granted'> | null>(null);

  // The listeners below outlive renders: they call the latest callback (it carries what the form holds).
  const latest = useRef(onAccess);
  latest.current = onAccess;

  // Access may come from elsewhere than the button: the toolbar button, the browser's extensions menu.
  useEffect(() => {
    const listener = (message: unknown, sender: unknown) => {
      if (isPageReadable(message, tabId) && isFromExtension(sender)) latest.current();
      return undefined;
    };
    extensionApi().runtime.onMessage.addListener(listener);
    const stopPermissions = onPermissionAdded(() => latest.current());
    return () => (extensionApi().runtime.onMessage.removeListener(listener), stopPermissions());
  }, [tabId]);

  const ask = () =>
    // No await before the request: the browser shows its dialog only inside the click.
    void requestPageAccess(tabId, origin).then((next) => (next === 'granted' ? latest.current() : setAnswer(next)));

  return (
    <section class="notice page-access" id="page-access" aria-labelledby="page-access-intro">
      <p id="page-access-intro">{t('intro')}</p>
      <button type="button" class="primary" id="page-access-button" onClick={ask}>
        {t('button')}
      </button>
      {answer && (
        <p class="help" id="page-access-answer" role="status">
          {t(answer)}
        </p>
      )}
    </section>
  );
}
