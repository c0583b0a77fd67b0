import { textTable } from '../../i18n/format.js';

/** The side panel's words when it asks for access to the page (page-access.tsx); keys of the answers are PageAccessAnswer's. */
export const pageAccessText = textTable({
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
