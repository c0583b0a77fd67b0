import type { Localized } from '../../i18n/lang.js';
import { resolverMessages } from '../resolver/messages.js';

/**
 * The sentences of a check, EN and FR side by side (the CLI has no browser i18n).
 * Each says what is found and what to do next; values are quoted as the zone shows them.
 * French typography is written in: ’, « » with no-break spaces inside, a no-break space before
 * « : » (U+00A0) and a narrow one before « ; » (U+202F), as src/ui/french-spacing.ts does
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

  /** A note on every row of a name and type whose resolvers answered differently. */
  disagree: (ttl: number | undefined): Localized => ({
    en: `Resolvers disagree: this row reads the answer furthest from the setup${ttl ? ` (answers may stay cached for up to ${ttl} s)` : ''}. If you changed this record recently, some resolvers still hold the old answer; if not, the zone's name servers do not all serve the same data.`,
    fr: `Les résolveurs ne sont pas d’accord\u00a0: cette ligne lit la réponse la plus éloignée de la configuration${ttl ? ` (les réponses peuvent rester en cache jusqu’à ${ttl}\u00a0s)` : ''}. Si vous avez modifié cet enregistrement récemment, certains résolveurs gardent l’ancienne réponse\u202f; sinon, les serveurs de noms de la zone ne servent pas tous les mêmes données.`,
  }),

  /** `stale`: the resolvers still answering without the record; `seconds`: how long they may keep doing so. */
  pending: (type: string, name: string, expected: string, stale: readonly string[], seconds: number | null): Localized => {
    const several = stale.length > 1;
    const wait = { en: seconds === null ? '' : `, kept for up to ${seconds} s`, fr: seconds === null ? '' : `, gardée jusqu’à ${seconds}\u00a0s` };
    return {
      en: `Not visible everywhere yet: ${type} ${expected} is in place for some resolvers, but ${stale.join(', ')} still ${several ? 'answer' : 'answers'} without it (a cached answer${wait.en}). Nothing to change: check again after that for ${name}.`,
      fr: `Pas encore visible partout\u00a0: ${type} ${expected} est en place pour certains résolveurs, mais ${stale.join(', ')} ${several ? 'répondent' : 'répond'} encore sans lui (une réponse en cache${wait.fr}). Rien à changer\u00a0: revérifiez ensuite pour ${name}.`,
    };
  },

  /** Some resolver answered SERVFAIL for the name while another answered: `reason` says what SERVFAIL means. */
  servfail: (resolvers: readonly string[], reason: Localized): Localized => ({
    en: `Could not verify with ${resolvers.join(', ')} (${reason.en}); the other resolvers answered. Check again later; if it lasts, the zone's name servers or its DNSSEC signatures fail for the users of that resolver.`,
    fr: `Vérification impossible avec ${resolvers.join(', ')} (${reason.fr})\u202f; les autres résolveurs ont répondu. Revérifiez plus tard\u202f; si cela dure, les serveurs de noms de la zone ou ses signatures DNSSEC échouent pour les utilisateurs de ce résolveur.`,
  }),

  /** A name that should be a CNAME answers with Cloudflare's proxy addresses: the CNAME is hidden behind the proxy. */
  proxiedCname: (name: string, addresses: string, target: string): Localized => ({
    en: `Proxied by Cloudflare: ${name} answers with Cloudflare's addresses (${addresses}) instead of CNAME ${target}; set it to DNS only (grey cloud) in Cloudflare's DNS records.`,
    fr: `Proxifié par Cloudflare\u00a0: ${name} répond avec des adresses de Cloudflare (${addresses}) au lieu du CNAME ${target}\u202f; passez-le en «\u00a0DNS uniquement\u00a0» (nuage gris) dans les enregistrements DNS de Cloudflare.`,
  }),

  /** An A/AAAA the service needs answers with Cloudflare's addresses: mail does not go through that proxy. */
  proxiedAddress: (type: string, name: string, found: string, expected: string): Localized => ({
    en: `Proxied by Cloudflare: ${name} answers ${type} ${found} (Cloudflare's addresses) instead of ${expected}, and mail does not pass through Cloudflare's proxy; set it to DNS only (grey cloud) in Cloudflare's DNS records.`,
    fr: `Proxifié par Cloudflare\u00a0: ${name} répond ${type} ${found} (des adresses de Cloudflare) au lieu de ${expected}, et le courrier ne passe pas par le proxy de Cloudflare\u202f; passez-le en «\u00a0DNS uniquement\u00a0» (nuage gris) dans les enregistrements DNS de Cloudflare.`,
  }),

  /** The DKIM CNAME is answered as the key's TXT itself: flattened (or replaced by a copy). */
  flattenedDkim: (name: string, target: string): Localized => ({
    en: `The DKIM CNAME is flattened: ${name} answers with the key's TXT record instead of CNAME ${target}, so the service cannot see the CNAME it checks for; turn off CNAME flattening for this record (at Cloudflare: DNS only, and "Flatten all CNAMEs" off), or put the CNAME back in place of a copied key.`,
    fr: `Le CNAME DKIM est aplati\u00a0: ${name} répond avec l’enregistrement TXT de la clé au lieu du CNAME ${target}, et le service ne voit donc pas le CNAME qu’il vérifie\u202f; désactivez l’aplatissement de CNAME pour cet enregistrement (chez Cloudflare\u00a0: «\u00a0DNS uniquement\u00a0», et «\u00a0Flatten all CNAMEs\u00a0» désactivé), ou remettez le CNAME à la place d’une copie de la clé.`,
  }),

  /** `autodiscover` proxied beside the SRV record: clients try it first and reach Cloudflare. */
  proxiedAutodiscover: (name: string, addresses: string, srvName: string): Localized => ({
    en: `Proxied by Cloudflare: ${name} answers with Cloudflare's addresses (${addresses}), and mail clients try this name before the SRV record ${srvName}; set it to DNS only (grey cloud) in Cloudflare's DNS records, or delete it.`,
    fr: `Proxifié par Cloudflare\u00a0: ${name} répond avec des adresses de Cloudflare (${addresses}), et les logiciels de messagerie essaient ce nom avant le SRV ${srvName}\u202f; passez-le en «\u00a0DNS uniquement\u00a0» (nuage gris) dans les enregistrements DNS de Cloudflare, ou supprimez-le.`,
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
