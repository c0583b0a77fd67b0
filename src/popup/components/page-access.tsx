import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { textTable } from '../../i18n/format.js';
import { extensionApi } from '../../ext/browser.js';
import { onPermissionAdded, requestPageAccess, type PageAccessAnswer } from '../../ext/page-access.js';
import { isFromExtension } from '../../messages/event-sender.js';
import type { PageReadableEvent } from '../../messages/types.js';
import { Ui } from '../../ui/ui-context.js';

const text = textTable({
  intro: {
    en: 'The assistant may not read this page yet: allow it to read the domain and the zone shown here, and to fill in the records.',
    fr: 'L’assistant n’a pas encore accès à cette page : autorisez-le pour qu’il lise le domaine et la zone affichés et qu’il remplisse les enregistrements.',
  },
  button: { en: 'Allow access to this page', fr: 'Autoriser l’accès à cette page' },
  refused: {
    en: 'Access was not given, so the page stays unread. Type the domain below, or click the button again and choose Allow.',
    fr: 'L’accès n’a pas été donné : la page n’est pas lue. Saisissez le domaine ci-dessous, ou cliquez de nouveau sur le bouton et choisissez Autoriser.',
  },
  'asked-in-toolbar': {
    en: 'Your browser now asks for you: click the extensions button (the puzzle piece beside the address bar) and allow the assistant there, or click the assistant’s own toolbar button while this page is shown. This panel then reads the page.',
    fr: 'Votre navigateur vous le demande maintenant : cliquez sur le bouton des extensions (la pièce de puzzle à côté de la barre d’adresse) et autorisez l’assistant, ou cliquez sur le bouton de l’assistant dans la barre d’outils pendant que cette page est affichée. Ce panneau lit alors la page.',
  },
  'toolbar-only': {
    en: 'Click the assistant’s button in the browser toolbar while this page is shown: this panel then reads the page. Browser pages and extension stores stay closed to every extension.',
    fr: 'Cliquez sur le bouton de l’assistant dans la barre d’outils du navigateur pendant que cette page est affichée : ce panneau lit alors la page. Les pages du navigateur et les boutiques d’extensions restent fermées à toutes les extensions.',
  },
});

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
  const t = text(lang);
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
