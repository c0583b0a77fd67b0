import type { Localized } from '../i18n/lang.js';
import { resolverMessages } from './resolver-messages.js';

/**
 * The sentences of a check, EN and FR side by side (the CLI has no browser i18n).
 * Each says what is found and what to do next; values are quoted as the zone shows them.
 * French typography is written in: ’, « » with no-break spaces inside, a no-break space before
 * « : » (U+00A0) and a narrow one before « ; » (U+202F), as src/popup/french-spacing.ts does
 * for the popup's own templates; values are never touched.
 */
export const checkMessages = {
  ok: (): Localized => ({ en: 'In place.', fr: 'En place.' }),

  // Values come first and names last: an absolute value ends in a dot, a name never does.
  missing: (type: string, name: string, expected: string): Localized => ({
    en: `Missing: add ${type} ${expected} at ${name}.`,
    fr: `Absent\u00a0: ajoutez ${type} ${expected} sur ${name}.`,
  }),

  mismatch: (type: string, name: string, found: string, expected: string): Localized => ({
    en: `Wrong value: ${type} ${found} instead of ${expected} at ${name}; change it.`,
    fr: `Valeur erronée\u00a0: ${type} ${found} au lieu de ${expected} sur ${name}\u202f; corrigez-la.`,
  }),

  extraValue: (type: string, name: string, value: string): Localized => ({
    en: `Extra record: ${type} ${value} at ${name} is not used by the service; remove it unless you know why it is there.`,
    fr: `Enregistrement en trop\u00a0: ${type} ${value} sur ${name} n’est pas utilisé par le service\u202f; supprimez-le sauf si vous savez pourquoi il est là.`,
  }),

  txtConflict: (name: string, value: string): Localized => ({
    en: `Conflicting record: TXT ${value} at ${name} stands against the service's TXT record (its template says they conflict); remove it once the new record is in place.`,
    fr: `Enregistrement en conflit : TXT ${value} sur ${name} s’oppose à l’enregistrement TXT du service (son modèle le dit) ; supprimez-le une fois le nouvel enregistrement en place.`,
  }),

  foreignMx: (name: string, value: string): Localized => ({
    en: `MX ${value} sends mail for ${name} to another server: remove it, or part of the mail will go there.`,
    fr: `Le MX ${value} envoie le courrier de ${name} vers un autre serveur\u00a0: supprimez-le, sinon une partie du courrier ira là-bas.`,
  }),

  alias: (name: string, target: string, type: string): Localized => ({
    en: `${name} is a CNAME (to ${target}), and a CNAME cannot share its name with other records: remove that CNAME, then add the ${type} record.`,
    fr: `${name} est un CNAME (vers ${target}), et un CNAME ne peut pas partager son nom avec d’autres enregistrements\u00a0: supprimez ce CNAME, puis ajoutez l’enregistrement ${type}.`,
  }),

  autodiscoverAlias: (name: string, target: string, srvName: string): Localized => ({
    en: `The CNAME ${name} (to ${target}) may be used by mail clients instead of the SRV record ${srvName}; remove this CNAME.`,
    fr: `Le CNAME ${name} (vers ${target}) peut être utilisé par les logiciels de messagerie à la place du SRV ${srvName}\u202f; supprimez ce CNAME.`,
  }),

  spfMissingRules: (name: string, missing: string[], merged: string): Localized => ({
    en: `The SPF record of ${name} lacks ${missing.join(' ')}: replace it by "${merged}" (your other senders are kept).`,
    fr: `L’enregistrement SPF de ${name} ne contient pas ${missing.join(' ')}\u00a0: remplacez-le par «\u00a0${merged}\u00a0» (vos autres expéditeurs sont conservés).`,
  }),

  /**
   * The desired row when a name holds several SPF records: which one to keep (`base`, chosen by
   * rankSpfRecords, never by answer order), what it becomes, and that the others go.
   */
  spfSeveral: (name: string, count: number, base: string, merged: string): Localized => {
    const others = { en: count > 2 ? 'the others' : 'the other', fr: count > 2 ? 'les autres' : 'l’autre' };
    const all = { en: count > 2 ? 'all of them' : 'both', fr: count > 2 ? 'de tous' : 'des deux' };
    const head = {
      en: `${name} has ${count} SPF records, and receivers then reject them all (RFC 7208)`,
      fr: `${name} a ${count}\u00a0enregistrements SPF, et les destinataires les rejettent alors tous (RFC 7208)`,
    };
    return base === merged
      ? {
          en: `${head.en}: keep "${base}", which already holds the senders of ${all.en}, and delete ${others.en}.`,
          fr: `${head.fr}\u00a0: gardez «\u00a0${base}\u00a0», qui contient déjà les expéditeurs ${all.fr}, et supprimez ${others.fr}.`,
        }
      : {
          en: `${head.en}: replace "${base}" by "${merged}", which keeps the senders of ${all.en}, then delete ${others.en}.`,
          fr: `${head.fr}\u00a0: remplacez «\u00a0${base}\u00a0» par «\u00a0${merged}\u00a0», qui garde les expéditeurs ${all.fr}, puis supprimez ${others.fr}.`,
        };
  },

  /** The row of an SPF record to delete: when (after the record kept is updated), and why that is safe. */
  spfExtra: (name: string, base: string, merged: string): Localized =>
    base === merged
      ? {
          en: `Extra SPF record at ${name}: delete it; "${base}" stays and already holds its senders.`,
          fr: `Enregistrement SPF en trop sur ${name}\u00a0: supprimez-le\u202f; «\u00a0${base}\u00a0» reste et contient déjà ses expéditeurs.`,
        }
      : {
          en: `Extra SPF record at ${name}: delete it once "${base}" is replaced by "${merged}", which keeps its senders.`,
          fr: `Enregistrement SPF en trop sur ${name}\u00a0: supprimez-le une fois «\u00a0${base}\u00a0» remplacé par «\u00a0${merged}\u00a0», qui garde ses expéditeurs.`,
        },

  /** Which record that row is about: the row's answers list every SPF record of the name. */
  spfExtraRecord: (name: string, record: string): Localized => ({
    en: `This row is about the SPF record "${record}", the one to delete from ${name}.`,
    fr: `Cette ligne concerne l’enregistrement SPF «\u00a0${record}\u00a0», celui à supprimer de ${name}.`,
  }),

  spfMergedOverLimit: (count: number): Localized => ({
    en: `Careful: that merged record would need ${count} DNS lookups, over the limit of 10, so receivers would reject it; drop senders you no longer use before merging.`,
    fr: `Attention\u00a0: cet enregistrement fusionné demanderait ${count}\u00a0requêtes DNS, au-delà de la limite de 10, et les destinataires le rejetteraient\u202f; retirez les expéditeurs inutiles avant de fusionner.`,
  }),

  txtSeveral: (name: string, tag: string, expected: string): Localized => ({
    en: `${name} has several ${tag} records: keep only ${expected}.`,
    fr: `${name} a plusieurs enregistrements ${tag}\u00a0: gardez seulement ${expected}.`,
  }),

  propagating: (ttl: number | undefined): Localized => ({
    en: `Resolvers disagree: the zone changed recently and some still hold an older copy${ttl ? ` (for up to ${ttl} s)` : ''}. This row reads the most complete answer; check again later.`,
    fr: `Les résolveurs ne sont pas d’accord\u00a0: la zone a changé récemment et certains gardent une copie plus ancienne${ttl ? ` (jusqu’à ${ttl}\u00a0s)` : ''}. Cette ligne lit la réponse la plus complète\u202f; revérifiez plus tard.`,
  }),

  throughAlias: (name: string, target: string): Localized => ({
    en: `${name} is an alias (CNAME) of ${target}: these records are read there, and are changed there.`,
    fr: `${name} est un alias (CNAME) de ${target}\u00a0: ces enregistrements sont lus là-bas, et se modifient là-bas.`,
  }),

  /** `errors`: why each resolver failed, in every language (resolver-messages.ts). */
  unanswered: (errors: readonly Localized[]): Localized => {
    const why = resolverMessages.reasons(errors);
    return {
      en: `Could not check: no resolver answered (${why.en}). Check the connection or the resolvers, then check again.`,
      fr: `Vérification impossible\u00a0: aucun résolveur n’a répondu (${why.fr}). Vérifiez la connexion ou les résolveurs, puis relancez.`,
    };
  },
};
