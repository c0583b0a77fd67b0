import type { Localized } from '../i18n/lang.js';

/**
 * The sentences of a check, EN and FR side by side (the CLI has no browser i18n).
 * Each says what is found and what to do next; values are quoted as the zone shows them.
 */
export const checkMessages = {
  ok: (): Localized => ({ en: 'In place.', fr: 'En place.' }),

  missing: (type: string, name: string, expected: string): Localized => ({
    en: `Missing: add a ${type} record at ${name} with ${expected}.`,
    fr: `Absent : ajoutez un enregistrement ${type} sur ${name} avec ${expected}.`,
  }),

  mismatch: (type: string, name: string, found: string, expected: string): Localized => ({
    en: `${name} has ${type} ${found} instead of ${expected}: change it to ${expected}.`,
    fr: `${name} a ${type} ${found} au lieu de ${expected} : remplacez-le par ${expected}.`,
  }),

  extraValue: (type: string, name: string, value: string): Localized => ({
    en: `${name} also has ${type} ${value}, which the service does not use: remove it unless you know why it is there.`,
    fr: `${name} a aussi ${type} ${value}, que le service n'utilise pas : supprimez-le sauf si vous savez pourquoi il est là.`,
  }),

  foreignMx: (name: string, value: string): Localized => ({
    en: `MX ${value} on ${name} sends mail to another server: remove it, or part of the mail will go there.`,
    fr: `Le MX ${value} sur ${name} envoie le courrier vers un autre serveur : supprimez-le, sinon une partie du courrier ira là-bas.`,
  }),

  alias: (name: string, target: string, type: string): Localized => ({
    en: `${name} is a CNAME to ${target}, and a CNAME cannot share its name with other records: remove that CNAME, then add the ${type} record.`,
    fr: `${name} est un CNAME vers ${target}, et un CNAME ne peut pas partager son nom avec d'autres enregistrements : supprimez ce CNAME, puis ajoutez l'enregistrement ${type}.`,
  }),

  autodiscoverAlias: (name: string, target: string, srvName: string): Localized => ({
    en: `CNAME ${name} → ${target}: mail clients may use it instead of the SRV record ${srvName}; remove this CNAME.`,
    fr: `CNAME ${name} → ${target} : les logiciels de messagerie peuvent l'utiliser à la place du SRV ${srvName} ; supprimez ce CNAME.`,
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

  spfTooManyLookups: (count: number): Localized => ({
    en: `The SPF policy needs ${count} DNS lookups and the limit is 10 (RFC 7208): receivers will treat it as an error; remove includes you no longer use.`,
    fr: `La politique SPF demande ${count} requêtes DNS et la limite est 10 (RFC 7208) : les destinataires la traiteront comme une erreur ; retirez les include inutiles.`,
  }),

  txtSeveral: (name: string, tag: string, expected: string): Localized => ({
    en: `${name} has several ${tag} records: keep only ${expected}.`,
    fr: `${name} a plusieurs enregistrements ${tag} : gardez seulement ${expected}.`,
  }),

  unanswered: (errors: string[]): Localized => ({
    en: `Could not check: no resolver answered (${errors.join('; ')}). Check the connection or the resolvers, then check again.`,
    fr: `Vérification impossible : aucun résolveur n'a répondu (${errors.join(' ; ')}). Vérifiez la connexion ou les résolveurs, puis relancez.`,
  }),
};
