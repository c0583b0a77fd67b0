import type { Localized } from '../i18n/lang.js';

/**
 * The sentences of a check, EN and FR side by side (the CLI has no browser i18n).
 * Each says what is found and what to do next; values are quoted as the zone shows them.
 */
export const checkMessages = {
  ok: (): Localized => ({ en: 'In place.', fr: 'En place.' }),

  // Values come first and names last: an absolute value ends in a dot, a name never does.
  missing: (type: string, name: string, expected: string): Localized => ({
    en: `Missing: add ${type} ${expected} at ${name}.`,
    fr: `Absent : ajoutez ${type} ${expected} sur ${name}.`,
  }),

  mismatch: (type: string, name: string, found: string, expected: string): Localized => ({
    en: `Wrong value: ${type} ${found} instead of ${expected} at ${name}; change it.`,
    fr: `Valeur erronée : ${type} ${found} au lieu de ${expected} sur ${name} ; corrigez-la.`,
  }),

  extraValue: (type: string, name: string, value: string): Localized => ({
    en: `Extra record: ${type} ${value} at ${name} is not used by the service; remove it unless you know why it is there.`,
    fr: `Enregistrement en trop : ${type} ${value} sur ${name} n'est pas utilisé par le service ; supprimez-le sauf si vous savez pourquoi il est là.`,
  }),

  foreignMx: (name: string, value: string): Localized => ({
    en: `MX ${value} sends mail for ${name} to another server: remove it, or part of the mail will go there.`,
    fr: `Le MX ${value} envoie le courrier de ${name} vers un autre serveur : supprimez-le, sinon une partie du courrier ira là-bas.`,
  }),

  alias: (name: string, target: string, type: string): Localized => ({
    en: `${name} is a CNAME (to ${target}), and a CNAME cannot share its name with other records: remove that CNAME, then add the ${type} record.`,
    fr: `${name} est un CNAME (vers ${target}), et un CNAME ne peut pas partager son nom avec d'autres enregistrements : supprimez ce CNAME, puis ajoutez l'enregistrement ${type}.`,
  }),

  autodiscoverAlias: (name: string, target: string, srvName: string): Localized => ({
    en: `The CNAME ${name} (to ${target}) may be used by mail clients instead of the SRV record ${srvName}; remove this CNAME.`,
    fr: `Le CNAME ${name} (vers ${target}) peut être utilisé par les logiciels de messagerie à la place du SRV ${srvName} ; supprimez ce CNAME.`,
  }),

  spfMissingRules: (name: string, missing: string[], merged: string): Localized => ({
    en: `The SPF record of ${name} lacks ${missing.join(' ')}: replace it by "${merged}" (your other senders are kept).`,
    fr: `L'enregistrement SPF de ${name} ne contient pas ${missing.join(' ')} : remplacez-le par « ${merged} » (vos autres expéditeurs sont conservés).`,
  }),

  spfSeveral: (name: string, count: number, merged: string): Localized => ({
    en: `${name} has ${count} SPF records, and receivers then reject them all (RFC 7208): keep one, "${merged}", and delete the others.`,
    fr: `${name} a ${count} enregistrements SPF, et les destinataires les rejettent alors tous (RFC 7208) : gardez-en un seul, « ${merged} », et supprimez les autres.`,
  }),

  spfExtra: (name: string, merged: string): Localized => ({
    en: `A second SPF record on ${name}: delete it once its senders are merged into "${merged}".`,
    fr: `Un second enregistrement SPF sur ${name} : supprimez-le une fois ses expéditeurs fusionnés dans « ${merged} ».`,
  }),

  spfMergedOverLimit: (count: number): Localized => ({
    en: `Careful: that merged record would need ${count} DNS lookups, over the limit of 10, so receivers would reject it; drop senders you no longer use before merging.`,
    fr: `Attention : cet enregistrement fusionné demanderait ${count} requêtes DNS, au-delà de la limite de 10, et les destinataires le rejetteraient ; retirez les expéditeurs inutiles avant de fusionner.`,
  }),

  txtSeveral: (name: string, tag: string, expected: string): Localized => ({
    en: `${name} has several ${tag} records: keep only ${expected}.`,
    fr: `${name} a plusieurs enregistrements ${tag} : gardez seulement ${expected}.`,
  }),

  propagating: (ttl: number | undefined): Localized => ({
    en: `Resolvers disagree: the zone changed recently and some still hold an older copy${ttl ? ` (for up to ${ttl} s)` : ''}. This row reads the most complete answer; check again later.`,
    fr: `Les résolveurs ne sont pas d'accord : la zone a changé récemment et certains gardent une copie plus ancienne${ttl ? ` (jusqu'à ${ttl} s)` : ''}. Cette ligne lit la réponse la plus complète ; revérifiez plus tard.`,
  }),

  throughAlias: (name: string, target: string): Localized => ({
    en: `${name} is an alias (CNAME) of ${target}: these records are read there, and are changed there.`,
    fr: `${name} est un alias (CNAME) de ${target} : ces enregistrements sont lus là-bas, et se modifient là-bas.`,
  }),

  unanswered: (errors: string[]): Localized => ({
    en: `Could not check: no resolver answered (${errors.join('; ')}). Check the connection or the resolvers, then check again.`,
    fr: `Vérification impossible : aucun résolveur n'a répondu (${errors.join(' ; ')}). Vérifiez la connexion ou les résolveurs, puis relancez.`,
  }),
};
