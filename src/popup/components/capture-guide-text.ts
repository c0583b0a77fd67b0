import { textTable } from '../../i18n/format.js';

/** The words of the paste box, the captured-values list and the guide view (issue 5), EN and FR. */
export const captureGuideText = textTable({
  pasteHeading: { en: 'Paste values', fr: 'Coller des valeurs' },
  pasteLabel: {
    en: 'Paste the Private Exchange delivery e-mail, zone-file lines, the control panel diagnostic or the Microsoft 365 record table',
    fr: 'Collez l’e-mail de livraison Private Exchange, des lignes de fichier de zone, le diagnostic de l’espace client ou le tableau des enregistrements Microsoft 365',
  },
  pasteRead: { en: 'Read', fr: 'Lire' },
  pasteUnderstood: { en: 'Understood — nothing is used until you confirm:', fr: 'Compris — rien n’est utilisé avant votre confirmation :' },
  pasteUse: { en: 'Use these values', fr: 'Utiliser ces valeurs' },
  pasteDiscard: { en: 'Discard', fr: 'Abandonner' },
  pasteUsed: { en: 'The pasted values are now the setup of {domain}.', fr: 'Les valeurs collées sont maintenant la configuration de {domain}.' },
  shapeDelivery: { en: 'Private Exchange delivery e-mail', fr: 'E-mail de livraison Private Exchange' },
  shapeBind: { en: 'zone-file lines', fr: 'lignes de fichier de zone' },
  shapeDiagnostic: { en: 'control panel diagnostic', fr: 'diagnostic de l’espace client' },
  shapeM365: { en: 'Microsoft 365 record table', fr: 'tableau des enregistrements Microsoft 365' },
  pasteShape: { en: 'Read as: {shape}. Domain: {domain}. Service: {service}.', fr: 'Lu comme : {shape}. Domaine : {domain}. Service : {service}.' },
  pasteRecords: { en: 'Records in the text', fr: 'Enregistrements du texte' },
  capturedHeading: { en: 'Where the values come from', fr: 'Provenance des valeurs' },
  guideHeading: { en: 'Guide', fr: 'Guide' },
  guidePick: { en: 'Guide to show', fr: 'Guide à afficher' },
  guideSteps: { en: 'Steps', fr: 'Étapes' },
  guidesFitting: { en: 'For this page and service', fr: 'Pour cette page et ce service' },
  guidesOther: { en: 'Other guides', fr: 'Autres guides' },
  guideForPage: { en: 'Steps for this page are marked; done steps are ticked.', fr: 'Les étapes de cette page sont signalées ; les étapes faites sont cochées.' },
  guideNoStepHere: { en: 'No step of this guide happens on this page; done steps are ticked.', fr: 'Aucune étape de ce guide ne se passe sur cette page ; les étapes faites sont cochées.' },
  guideWhyPage: {
    en: 'Shown because it has steps for this page; the service you chose ({service}) has none here. Pick another guide above if needed.',
    fr: 'Affiché parce qu’il a des étapes pour cette page ; le service choisi ({service}) n’en a pas ici. Choisissez un autre guide ci-dessus si besoin.',
  },
  guideWhyNoServiceGuide: {
    en: 'There is no guide for {service} yet: here is how to add records at any DNS host.',
    fr: 'Il n’y a pas encore de guide pour {service} : voici comment ajouter des enregistrements chez n’importe quel hébergeur DNS.',
  },
  guideWhyNoService: {
    en: 'Choose a service for its own guide; meanwhile, here is how to add records at any DNS host.',
    fr: 'Choisissez un service pour afficher son guide ; en attendant, voici comment ajouter des enregistrements chez n’importe quel hébergeur DNS.',
  },
  stepDone: { en: 'done', fr: 'fait' },
  stepCurrent: { en: 'current step', fr: 'étape en cours' },
  showMe: { en: 'Show me', fr: 'Montrez-moi' },
  hideHighlight: { en: 'Hide the highlight', fr: 'Masquer la mise en évidence' },
  notOnPage: { en: 'That element is not on this page: open the page the step names first.', fr: 'Cet élément n’est pas sur cette page : ouvrez d’abord la page indiquée par l’étape.' },
  shown: { en: 'Highlighted on the page.', fr: 'Mis en évidence sur la page.' },
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

export type CaptureGuideKey = keyof typeof captureGuideText.table;

