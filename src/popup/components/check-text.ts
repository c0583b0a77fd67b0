import { textTable } from '../../i18n/format.js';

/** The words of a finished check (kept apart from ui-text.ts: they load with the check's section, after the first render). */
export const checkText = textTable({
  checkHeading: { en: 'Live check', fr: 'Vérification en direct' },
  checkRunning: {
    en: { one: 'Checking: {done} of {count} question answered…', other: 'Checking: {done} of {count} questions answered…' },
    fr: { one: 'Vérification : {done} sur {count} question traitée…', other: 'Vérification : {done} sur {count} questions traitées…' },
  },
  checkStarting: { en: 'Starting the check…', fr: 'Lancement de la vérification…' },
  checkBackground: { en: 'The check runs in the background: you can close this window, the result will wait here and on the toolbar badge.', fr: 'La vérification se poursuit en arrière-plan : vous pouvez fermer cette fenêtre, le résultat vous attendra ici et sur le badge.' },
  checkOtherSetup: { en: 'This result is for an earlier setup ({service}). Check again to see the current one.', fr: 'Ce résultat concerne une configuration précédente ({service}). Vérifiez de nouveau pour voir l’actuelle.' },
  savedThen: { en: 'Saved at {time}: a record not visible yet is waiting for caches to expire.', fr: 'Enregistré à {time} : un enregistrement pas encore visible attend l’expiration des caches.' },
  nextCheck: { en: 'The assistant checks again by itself at {time}, even with this window closed.', fr: 'L’assistant vérifiera de nouveau de lui-même à {time}, même cette fenêtre fermée.' },
  copyReport: { en: 'Copy report', fr: 'Copier le rapport' },
  reportCopied: { en: 'report', fr: 'rapport' },
  checkedAt: { en: 'Checked {when}.', fr: 'Vérifié le {when}.' },
  retryAt: { en: 'Resolvers may show a change from {time}: check again then.', fr: 'Les résolveurs pourront montrer un changement à partir de {time} : vérifiez de nouveau à ce moment-là.' },
  // `count`: the records that could not be checked (French agrees with it).
  summary: {
    en: '{ok} in place, {problems} to fix, {count} could not be checked.',
    fr: { one: '{ok} en place, {problems} à corriger, {count} non vérifié.', other: '{ok} en place, {problems} à corriger, {count} non vérifiés.' },
  },
  // `count`: the records not visible everywhere yet.
  summaryPending: {
    en: '{count} not visible everywhere yet.',
    fr: { one: '{count} pas encore visible partout.', other: '{count} pas encore visibles partout.' },
  },
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
});
