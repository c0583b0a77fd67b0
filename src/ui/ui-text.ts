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
  variablesHeading: { en: 'Values for this service', fr: 'Valeurs pour ce service' },
  required: { en: 'required', fr: 'obligatoire' },
  optional: { en: 'optional', fr: 'facultatif' },
  example: { en: 'Example: {example}', fr: 'Exemple : {example}' },
  recordsHeading: { en: 'Records to enter', fr: 'Enregistrements à saisir' },
  recordsIncomplete: { en: 'Fix the values above to see the records.', fr: 'Corrigez les valeurs ci-dessus pour voir les enregistrements.' },
  notationFqdn: { en: 'Names are written in full.', fr: 'Les noms sont écrits en entier.' },
  notationRelative: { en: 'Names are written relative to {domain} (@ = the domain itself), as this site expects.', fr: 'Les noms sont relatifs à {domain} (@ = le domaine lui-même), comme ce site l’attend.' },
  fieldName: { en: 'Name', fr: 'Nom' },
  fieldValue: { en: 'Value', fr: 'Valeur' },
  fieldTarget: { en: 'Target', fr: 'Cible' },
  fieldPriority: { en: 'Priority', fr: 'Priorité' },
  fieldWeight: { en: 'Weight', fr: 'Poids' },
  fieldPort: { en: 'Port', fr: 'Port' },
  fieldTtl: { en: 'TTL', fr: 'TTL' },
  copy: { en: 'Copy', fr: 'Copier' },
  copyField: { en: 'Copy {field} of {record}', fr: 'Copier {field} de {record}' },
  copied: { en: 'Copied: {what}', fr: 'Copié : {what}' },
  copyFailed: { en: 'Could not copy. Select the text and press Ctrl+C.', fr: 'Copie impossible. Sélectionnez le texte et faites Ctrl+C.' },
  zoneHeading: { en: 'Zone file', fr: 'Fichier de zone' },
  zoneCopy: { en: 'Copy zone file', fr: 'Copier le fichier de zone' },
  zoneDownload: { en: 'Download zone file', fr: 'Télécharger le fichier de zone' },
  zoneLabel: { en: 'Zone file lines for {domain}', fr: 'Lignes du fichier de zone pour {domain}' },
  checkHeading: { en: 'Live check', fr: 'Vérification en direct' },
  checkButton: { en: 'Check now', fr: 'Vérifier maintenant' },
  recheckButton: { en: 'Check again', fr: 'Vérifier de nouveau' },
  checkRunning: {
    en: { one: 'Checking: {done} of {count} question answered…', other: 'Checking: {done} of {count} questions answered…' },
    fr: { one: 'Vérification : {done} sur {count} question traitée…', other: 'Vérification : {done} sur {count} questions traitées…' },
  },
  checkRunningButton: { en: 'Checking…', fr: 'Vérification…' },
  checkNeedsSetup: {
    en: 'Choose the e-mail service and fill in its required values above to check the zone.',
    fr: 'Choisissez le service de messagerie et renseignez ses valeurs obligatoires ci-dessus pour vérifier la zone.',
  },
  checkStarting: { en: 'Starting the check…', fr: 'Lancement de la vérification…' },
  checkBackground: { en: 'The check runs in the background: you can close this window, the result will wait here and on the toolbar badge.', fr: 'La vérification se poursuit en arrière-plan : vous pouvez fermer cette fenêtre, le résultat vous attendra ici et sur le badge.' },
  checkOtherSetup: { en: 'This result is for an earlier setup ({service}). Check again to see the current one.', fr: 'Ce résultat concerne une configuration précédente ({service}). Vérifiez de nouveau pour voir l’actuelle.' },
  copyReport: { en: 'Copy report', fr: 'Copier le rapport' },
  reportCopied: { en: 'report', fr: 'rapport' },
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
  variablesSummary: { en: 'Values for this service ({filled} of {total} filled in)', fr: 'Valeurs pour ce service ({filled} sur {total} renseignées)' },
  yourDomain: { en: 'your domain', fr: 'votre domaine' },
  fillHintPanel: {
    en: 'This page ({page}) shows the values to enter; it has no DNS editor. Open the DNS zone of {domain} where it is hosted: the values read here will be ready to fill in there.',
    fr: 'Cette page ({page}) montre les valeurs à saisir ; elle n’a pas d’éditeur DNS. Ouvrez la zone DNS de {domain} là où elle est hébergée : les valeurs lues ici y seront prêtes à remplir.',
  },
  fillHintOther: {
    en: 'No DNS editor on this page ({page}). Open the DNS zone of {domain}, then open the assistant again to fill in the records there.',
    fr: 'Pas d’éditeur DNS sur cette page ({page}). Ouvrez la zone DNS de {domain}, puis rouvrez l’assistant pour y remplir les enregistrements.',
  },
});

export type TextKey = keyof typeof uiText.table;

