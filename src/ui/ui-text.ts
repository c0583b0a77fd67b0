import type { Lang } from '../i18n/lang.js';
import { frenchSpacing } from './french-spacing.js';
import { SHELL_TEXT } from './shell-text.js';

/**
 * The popup's own words, EN and FR side by side; the options page adds its own (options-text.ts),
 * which the popup never loads. chrome.i18n cannot switch language at runtime, so the UI carries
 * its tables and follows the browser or the user's choice.
 */
const TEXT = {
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
  fieldType: { en: 'Type', fr: 'Type' },
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
  checkRunning: { en: 'Checking: {done} of {total} questions answered…', fr: 'Vérification : {done} questions sur {total} traitées…' },
  checkRunningButton: { en: 'Checking…', fr: 'Vérification…' },
  checkNeedsSetup: {
    en: 'Choose the e-mail service and fill in its required values above to check the zone.',
    fr: 'Choisissez le service de messagerie et renseignez ses valeurs obligatoires ci-dessus pour vérifier la zone.',
  },
  checkStarting: { en: 'Starting the check…', fr: 'Lancement de la vérification…' },
  checkBackground: { en: 'The check runs in the background: you can close this window, the result will wait here and on the toolbar badge.', fr: 'La vérification se poursuit en arrière-plan : vous pouvez fermer cette fenêtre, le résultat vous attendra ici et sur le badge.' },
  checkedAt: { en: 'Checked {when}.', fr: 'Vérifié le {when}.' },
  checkOtherSetup: { en: 'This result is for an earlier setup ({service}). Check again to see the current one.', fr: 'Ce résultat concerne une configuration précédente ({service}). Vérifiez de nouveau pour voir l’actuelle.' },
  summary: { en: '{ok} live, {problems} to fix, {errors} could not be checked.', fr: '{ok} en ligne, {problems} à corriger, {errors} non vérifiés.' },
  retryAt: { en: 'Resolvers may show a change from {time}: check again then.', fr: 'Les résolveurs pourront montrer un changement à partir de {time} : vérifiez de nouveau à ce moment-là.' },
  summaryPending: { en: '{pending} not visible everywhere yet.', fr: '{pending} pas encore visibles partout.' },
  nameservers: { en: 'Name servers of the zone (edit the records where these point):', fr: 'Serveurs de noms de la zone (modifiez les enregistrements là où ils pointent) :' },
  noResolverAnswered: {
    en: 'No resolver answered, so nothing could be checked: check the network connection or the resolvers (Options), then check again.',
    fr: 'Aucun résolveur n’a répondu, rien n’a donc pu être vérifié : vérifiez la connexion réseau ou les résolveurs (Options), puis vérifiez de nouveau.',
  },
  noNameservers: { en: 'No name servers found: is the domain registered and delegated?', fr: 'Aucun serveur de noms trouvé : le domaine est-il enregistré et délégué ?' },
  expected: { en: 'Expected', fr: 'Attendu' },
  unexpected: { en: 'nothing: this record is not part of the setup', fr: 'rien : cet enregistrement ne fait pas partie de la configuration' },
  answers: { en: 'Answers per resolver', fr: 'Réponses par résolveur' },
  noAnswer: { en: 'nothing', fr: 'rien' },
  resolverError: { en: 'error: {error}', fr: 'erreur : {error}' },
  ttl: { en: 'An old answer may stay cached up to {duration}.', fr: 'Une ancienne réponse peut rester en cache jusqu’à {duration}.' },
  disagree: { en: 'The resolvers disagree: a change is still spreading.', fr: 'Les résolveurs ne sont pas d’accord : un changement est en cours de propagation.' },
  copyReport: { en: 'Copy report', fr: 'Copier le rapport' },
  reportCopied: { en: 'report', fr: 'rapport' },
  shareHeading: { en: 'Share this setup', fr: 'Partager cette configuration' },
  shareButton: { en: 'Share', fr: 'Partager' },
  shareCode: { en: 'Share code', fr: 'Code de partage' },
  shareCopied: { en: 'share code', fr: 'code de partage' },
  pasteLabel: { en: 'Paste a share code (DSA2-…), or the message that holds it', fr: 'Collez un code de partage (DSA2-…), ou le message qui le contient' },
  pasteApply: { en: 'Apply code', fr: 'Appliquer le code' },
  applied: { en: 'Setup applied from the code.', fr: 'Configuration appliquée depuis le code.' },
  unknownSavedService: {
    en: 'The setup saved for this domain names a service this version does not know ({service}): choose the service again; the domain and values were kept.',
    fr: 'La configuration enregistrée pour ce domaine indique un service que cette version ne connaît pas ({service}) : choisissez de nouveau le service ; le domaine et les valeurs ont été conservés.',
  },
  linkRefused: {
    en: 'The setup in this link was not applied (the form below was left as it was):',
    fr: 'La configuration de ce lien n’a pas été appliquée (le formulaire ci-dessous est resté tel quel) :',
  },
  codeRefused: { en: 'This code was not applied:', fr: 'Ce code n’a pas été appliqué :' },
  offline: { en: 'You are offline. Everything you type is kept; checks will work again once you are back online.', fr: 'Vous êtes hors ligne. Tout ce que vous saisissez est conservé ; les vérifications reprendront une fois en ligne.' },
  openSidePanel: { en: 'Open in side panel', fr: 'Ouvrir dans le panneau latéral' },
  sidePanelFailed: {
    en: 'The browser did not open the side panel: open it from its side panel menu, or keep using this window.',
    fr: 'Le navigateur n’a pas ouvert le panneau latéral : ouvrez-le depuis son menu des panneaux latéraux, ou continuez dans cette fenêtre.',
  },
  options: { en: 'Options', fr: 'Options' },
  variablesSummary: { en: 'Values for this service ({filled} of {total} filled in)', fr: 'Valeurs pour ce service ({filled} sur {total} renseignées)' },
  moreHeading: { en: 'More', fr: 'Plus' },
  yourDomain: { en: 'your domain', fr: 'votre domaine' },
  fillHintPanel: {
    en: 'This page ({page}) shows the values to enter; it has no DNS editor. Open the DNS zone of {domain} where it is hosted: the values read here will be ready to fill in there.',
    fr: 'Cette page ({page}) montre les valeurs à saisir ; elle n’a pas d’éditeur DNS. Ouvrez la zone DNS de {domain} là où elle est hébergée : les valeurs lues ici y seront prêtes à remplir.',
  },
  fillHintOther: {
    en: 'No DNS editor on this page ({page}). Open the DNS zone of {domain}, then open the assistant again to fill in the records there.',
    fr: 'Pas d’éditeur DNS sur cette page ({page}). Ouvrez la zone DNS de {domain}, puis rouvrez l’assistant pour y remplir les enregistrements.',
  },
  // Options page
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

/** A sentence in `lang`, with `{name}` placeholders filled (values are text, never HTML). */
export function fillText(lang: Lang, sentence: Record<Lang, string>, params: Record<string, string | number> = {}): string {
  const template = lang === 'fr' ? frenchSpacing(sentence.fr) : sentence.en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function text(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return fillText(lang, TEXT[key], params);
}
