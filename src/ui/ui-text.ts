import { textTable } from '../i18n/format.js';
import { SHELL_TEXT } from './shell-text.js';

/**
 * The popup's own words, EN and FR side by side; the options page adds its own (options-text.ts),
 * which the popup never loads. chrome.i18n cannot switch language at runtime, so the UI carries
 * its tables and follows the browser or the user's choice.
 */
export const uiText = textTable({
  ...SHELL_TEXT,
  setupHeading: { en: 'Setup', fr: 'Configuration' },
  domainLabel: { en: 'Domain (the zone you edit)', fr: 'Domaine (la zone que vous modifiez)' },
  domainFromPage: { en: 'Read from the page: {site}.', fr: 'Lu sur la page : {site}.' },
  domainIdn: { en: '{unicode} is {ascii} in DNS: the records and the check below use that spelling.', fr: '{unicode} s’écrit {ascii} dans le DNS : les enregistrements et la vérification ci-dessous utilisent cette écriture.' },
  domainHint: { en: 'e.g. example.com', fr: 'p. ex. example.com' },
  serviceLabel: { en: 'E-mail service', fr: 'Service de messagerie' },
  servicePlaceholder: { en: 'Choose a service…', fr: 'Choisissez un service…' },
  example: { en: 'Example: {example}', fr: 'Exemple : {example}' },
  recordsHeading: { en: 'Records to enter', fr: 'Enregistrements à saisir' },
  recordsIncomplete: { en: 'Fix the values above to see the records.', fr: 'Corrigez les valeurs ci-dessus pour voir les enregistrements.' },
  copied: { en: 'Copied: {what}', fr: 'Copié : {what}' },
  copyFailed: { en: 'Could not copy. Select the text and press Ctrl+C.', fr: 'Copie impossible. Sélectionnez le texte et faites Ctrl+C.' },
  checkButton: { en: 'Check now', fr: 'Vérifier maintenant' },
  recheckButton: { en: 'Check again', fr: 'Vérifier de nouveau' },
  checkRunningButton: { en: 'Checking…', fr: 'Vérification…' },
  savedButton: { en: 'I saved', fr: 'J’ai enregistré' },
  savedButtonHelp: {
    en: 'Once you saved the records at your DNS host: checks now, then again as caches expire.',
    fr: 'Une fois les enregistrements enregistrés chez votre hébergeur DNS : vérifie maintenant, puis de nouveau à l’expiration des caches.',
  },
  savedStarted: {
    en: 'Checking {domain} now; the assistant checks again as caches expire, even with this window closed.',
    fr: 'Vérification de {domain} en cours ; l’assistant vérifiera de nouveau à l’expiration des caches, même cette fenêtre fermée.',
  },
  checkNeedsSetup: {
    en: 'Choose the e-mail service and fill in its required values above to check the zone.',
    fr: 'Choisissez le service de messagerie et renseignez ses valeurs obligatoires ci-dessus pour vérifier la zone.',
  },
  applied: { en: 'Setup applied from the code.', fr: 'Configuration appliquée depuis le code.' },
  codeRefused: { en: 'This code was not applied:', fr: 'Ce code n’a pas été appliqué :' },
  unknownSavedService: {
    en: 'The setup saved for this domain names a service this version does not know ({service}): choose the service again; the domain and values were kept.',
    fr: 'La configuration enregistrée pour ce domaine indique un service que cette version ne connaît pas ({service}) : choisissez de nouveau le service ; le domaine et les valeurs ont été conservés.',
  },
  linkRefused: {
    en: 'The setup in this link was not applied (the form below was left as it was):',
    fr: 'La configuration de ce lien n’a pas été appliquée (le formulaire ci-dessous est resté tel quel) :',
  },
  offline: { en: 'You are offline. Everything you type is kept; checks will work again once you are back online.', fr: 'Vous êtes hors ligne. Tout ce que vous saisissez est conservé ; les vérifications reprendront une fois en ligne.' },
  openSidePanel: { en: 'Open in side panel', fr: 'Ouvrir dans le panneau latéral' },
  sidePanelFailed: {
    en: 'The browser did not open the side panel: open it from its side panel menu, or keep using this window.',
    fr: 'Le navigateur n’a pas ouvert le panneau latéral : ouvrez-le depuis son menu des panneaux latéraux, ou continuez dans cette fenêtre.',
  },
  options: { en: 'Options', fr: 'Options' },
  moreOptions: { en: 'More options ({filled} of {total} filled in)', fr: 'Plus d’options ({filled} sur {total} renseignées)' },
  setupDone: { en: 'Setup complete: {line}', fr: 'Configuration complète : {line}' },
  domainSingleLabel: {
    en: '"{domain}" has no extension: type the whole domain, e.g. {domain}.com.',
    fr: '« {domain} » n’a pas d’extension : saisissez le domaine entier, p. ex. {domain}.fr.',
  },
  cleanedValue: { en: 'Cleaned what was pasted: kept {value}.', fr: 'Valeur collée nettoyée : {value} a été gardé.' },
  savedSetupOffer: { en: 'A setup is saved for {domain} ({service}).', fr: 'Une configuration est enregistrée pour {domain} ({service}).' },
  savedSetupUse: { en: 'Use the saved setup', fr: 'Utiliser la configuration enregistrée' },
  savedSetupKeep: { en: 'Keep what I typed', fr: 'Garder ce que j’ai saisi' },
  savedSetupRestored: { en: 'Restored what you saved for {domain}.', fr: 'Configuration enregistrée pour {domain} reprise.' },
  checkNeedsDomain: { en: 'Type the domain to check it.', fr: 'Saisissez le domaine pour le vérifier.' },
  checkNeedsService: { en: 'Choose the e-mail service to check the domain.', fr: 'Choisissez le service de messagerie pour vérifier le domaine.' },
  checkNeedsValues: { en: 'Fill in the required values to check the domain.', fr: 'Renseignez les valeurs obligatoires pour vérifier le domaine.' },
  recordsCount: { en: 'Records to enter ({count})', fr: 'Enregistrements à saisir ({count})' },
  customerCode: { en: 'Customer’s code', fr: 'Code du client' },
  customerCodeHelp: {
    en: 'Support agents: paste the code the customer sent (DSA2-…), or the whole message that holds it, then press Enter.',
    fr: 'Support : collez le code envoyé par le client (DSA2-…), ou tout le message qui le contient, puis appuyez sur Entrée.',
  },
  customerCodeOpen: { en: 'Open the code', fr: 'Ouvrir le code' },
  actionBar: { en: 'Next step', fr: 'Étape suivante' },
});

export type TextKey = keyof typeof uiText.table;

