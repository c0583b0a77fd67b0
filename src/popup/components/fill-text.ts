import { textTable } from '../../i18n/format.js';

/** The fill section's words, EN and FR side by side (kept apart from ui-text.ts: loaded lazily). */
export const fillPanelText = textTable({
  heading: { en: 'Fill in on this page', fr: 'Remplir sur cette page' },
  pageLine: { en: '{site}: {kind}', fr: '{site} : {kind}' },
  otherZone: { en: 'This page edits {page}, not {domain}.', fr: 'Cette page modifie {page}, pas {domain}.' },
  showPlan: { en: 'Show what would be filled in', fr: 'Voir ce qui serait rempli' },
  replaceSpf: { en: 'Replace the existing SPF record by the merged one (this fill only)', fr: 'Remplacer l’enregistrement SPF existant par l’enregistrement fusionné (pour ce remplissage seulement)' },
  pressSubmit: { en: 'Also press the site’s button that submits the staged records', fr: 'Appuyer aussi sur le bouton du site qui valide les enregistrements en attente' },
  toAdd: { en: 'To add ({count})', fr: 'À ajouter ({count})' },
  toReplace: { en: 'To replace (your choice)', fr: 'À remplacer (votre choix)' },
  present: { en: 'Already there, skipped ({count})', fr: 'Déjà présents, ignorés ({count})' },
  conflicts: { en: 'Conflicts (nothing is deleted)', fr: 'Conflits (rien n’est supprimé)' },
  unsupported: { en: 'This site cannot take ({count})', fr: 'Ce site ne les accepte pas ({count})' },
  fillOne: { en: 'Fill in', fr: 'Remplir' },
  fillOneLabel: { en: 'Fill in {record}', fr: 'Remplir {record}' },
  fillAll: { en: 'Fill in all ({count})', fr: 'Tout remplir ({count})' },
  youSave: { en: 'After each record, check the form and click the site’s Save button yourself; the assistant goes on with the next one, then checks the zone again.', fr: 'Après chaque enregistrement, vérifiez le formulaire et cliquez vous-même sur le bouton Enregistrer du site ; l’assistant passe au suivant, puis vérifie à nouveau la zone.' },
  nothing: { en: 'Nothing to fill in here.', fr: 'Rien à remplir ici.' },
  progress: { en: 'Progress', fr: 'Avancement' },
  ttlNote: { en: 'Note', fr: 'Remarque' },
  needsSetup: { en: 'Complete the setup first: the plan is made from it.', fr: 'Complétez d’abord la configuration : le plan en découle.' },
  leftByHand: { en: 'Left for you to do ({count})', fr: 'Reste à faire par vous ({count})' },
});
