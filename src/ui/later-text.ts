import type { Lang } from '../i18n/lang.js';

/**
 * The words of what loads after the first render (the records list and zone file, the check's
 * progress and results, the share box), EN and FR side by side: kept out of ui-text.ts so the
 * first screen's chunk does not carry them (popup JS budget).
 */
export const LATER_TEXT = {
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
  zoneHeading: { en: 'Zone file', fr: 'Fichier de zone' },
  zoneCopy: { en: 'Copy zone file', fr: 'Copier le fichier de zone' },
  zoneDownload: { en: 'Download zone file', fr: 'Télécharger le fichier de zone' },
  zoneLabel: { en: 'Zone file lines for {domain}', fr: 'Lignes du fichier de zone pour {domain}' },
  checkHeading: { en: 'Live check', fr: 'Vérification en direct' },
  checkRunning: { en: 'Checking: {done} of {total} questions answered…', fr: 'Vérification : {done} questions sur {total} traitées…' },
  checkStarting: { en: 'Starting the check…', fr: 'Lancement de la vérification…' },
  checkBackground: { en: 'The check runs in the background: you can close this window, the result will wait here and on the toolbar badge.', fr: 'La vérification se poursuit en arrière-plan : vous pouvez fermer cette fenêtre, le résultat vous attendra ici et sur le badge.' },
  checkedAt: { en: 'Checked {when}.', fr: 'Vérifié le {when}.' },
  checkOtherSetup: { en: 'This result is for an earlier setup ({service}). Check again to see the current one.', fr: 'Ce résultat concerne une configuration précédente ({service}). Vérifiez de nouveau pour voir l’actuelle.' },
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
} satisfies Record<string, Record<Lang, string>>;

export type LaterTextKey = keyof typeof LATER_TEXT;
