import type { Localized } from '../../i18n/lang.js';
import { resolverMessages } from '../resolver/messages.js';
import { localized } from '../../i18n/format.js';

/**
 * The sentences of a check, EN and FR side by side (the CLI has no browser i18n).
 * Each says what is found and what to do next; values are quoted as the zone shows them.
 * French is written with ’ and « », and plain spaces: format() (src/i18n/) adds the no-break ones
 * to the template text; values are never touched.
 */
export const checkMessages = {
  ok: (): Localized => localized({ en: 'In place.', fr: 'En place.' }),

  // Values come first and names last: an absolute value ends in a dot, a name never does.
  missing: (type: string, name: string, expected: string): Localized => localized({
    en: `Missing: add {type} {expected} at {name}.`,
    fr: `Absent : ajoutez {type} {expected} sur {name}.`,
  }, { type, expected, name }),

  mismatch: (type: string, name: string, found: string, expected: string): Localized => localized({
    en: `Wrong value: {type} {found} instead of {expected} at {name}; change it.`,
    fr: `Valeur erronée : {type} {found} au lieu de {expected} sur {name} ; corrigez-la.`,
  }, { type, found, expected, name }),

  extraValue: (type: string, name: string, value: string): Localized => localized({
    en: `Extra record: {type} {value} at {name} is not used by the service; remove it unless you know why it is there.`,
    fr: `Enregistrement en trop : {type} {value} sur {name} n’est pas utilisé par le service ; supprimez-le sauf si vous savez pourquoi il est là.`,
  }, { type, value, name }),

  txtConflict: (name: string, value: string): Localized => localized({
    en: `Conflicting record: TXT {value} at {name} stands against the service's TXT record (its template says they conflict); remove it once the new record is in place.`,
    fr: `Enregistrement en conflit : TXT {value} sur {name} s’oppose à l’enregistrement TXT du service (son modèle le dit) ; supprimez-le une fois le nouvel enregistrement en place.`,
  }, { value, name }),

  foreignMx: (name: string, value: string): Localized => localized({
    en: `MX {value} sends mail for {name} to another server: remove it, or part of the mail will go there.`,
    fr: `Le MX {value} envoie le courrier de {name} vers un autre serveur : supprimez-le, sinon une partie du courrier ira là-bas.`,
  }, { value, name }),

  alias: (name: string, target: string, type: string): Localized => localized({
    en: `{name} is a CNAME (to {target}), and a CNAME cannot share its name with other records: remove that CNAME, then add the {type} record.`,
    fr: `{name} est un CNAME (vers {target}), et un CNAME ne peut pas partager son nom avec d’autres enregistrements : supprimez ce CNAME, puis ajoutez l’enregistrement {type}.`,
  }, { name, target, type }),

  autodiscoverAlias: (name: string, target: string, srvName: string): Localized => localized({
    en: `The CNAME {name} (to {target}) may be used by mail clients instead of the SRV record {srvName}; remove this CNAME.`,
    fr: `Le CNAME {name} (vers {target}) peut être utilisé par les logiciels de messagerie à la place du SRV {srvName} ; supprimez ce CNAME.`,
  }, { name, target, srvName }),

  spfMissingRules: (name: string, missing: string[], merged: string): Localized => localized({
    en: `The SPF record of {name} lacks {rules}: replace it by "{merged}" (your other senders are kept).`,
    fr: `L’enregistrement SPF de {name} ne contient pas {rules} : remplacez-le par « {merged} » (vos autres expéditeurs sont conservés).`,
  }, { name, rules: missing.join(' '), merged }),

  /**
   * The desired row when a name holds several SPF records: which one to keep (`base`, chosen by
   * rankSpfRecords, never by answer order), what it becomes, and that the others go.
   */
  spfSeveral: (name: string, count: number, base: string, merged: string): Localized => {
    const others = localized({ en: count > 2 ? 'the others' : 'the other', fr: count > 2 ? 'les autres' : 'l’autre' });
    const all = localized({ en: count > 2 ? 'all of them' : 'both', fr: count > 2 ? 'de tous' : 'des deux' });
    const head = localized({
      en: `{name} has {count} SPF records, and receivers then reject them all (RFC 7208)`,
      fr: `{name} a {count} enregistrements SPF, et les destinataires les rejettent alors tous (RFC 7208)`,
    }, { name, count });
    return base === merged
      ? localized({
          en: `{head}: keep "{base}", which already holds the senders of {all}, and delete {others}.`,
          fr: `{head} : gardez « {base} », qui contient déjà les expéditeurs {all}, et supprimez {others}.`,
        }, { head, base, all, others })
      : localized({
          en: `{head}: replace "{base}" by "{merged}", which keeps the senders of {all}, then delete {others}.`,
          fr: `{head} : remplacez « {base} » par « {merged} », qui garde les expéditeurs {all}, puis supprimez {others}.`,
        }, { head, base, merged, all, others });
  },

  /** The row of an SPF record to delete: when (after the record kept is updated), and why that is safe. */
  spfExtra: (name: string, base: string, merged: string): Localized =>
    base === merged
      ? localized({
          en: `Extra SPF record at {name}: delete it; "{base}" stays and already holds its senders.`,
          fr: `Enregistrement SPF en trop sur {name} : supprimez-le ; « {base} » reste et contient déjà ses expéditeurs.`,
        }, { name, base })
      : localized({
          en: `Extra SPF record at {name}: delete it once "{base}" is replaced by "{merged}", which keeps its senders.`,
          fr: `Enregistrement SPF en trop sur {name} : supprimez-le une fois « {base} » remplacé par « {merged} », qui garde ses expéditeurs.`,
        }, { name, base, merged }),

  /** Which record that row is about: the row's answers list every SPF record of the name. */
  spfExtraRecord: (name: string, record: string): Localized => localized({
    en: `This row is about the SPF record "{record}", the one to delete from {name}.`,
    fr: `Cette ligne concerne l’enregistrement SPF « {record} », celui à supprimer de {name}.`,
  }, { record, name }),

  spfMergedOverLimit: (count: number): Localized => localized({
    en: `Careful: that merged record would need {count} DNS lookups, over the limit of 10, so receivers would reject it; drop senders you no longer use before merging.`,
    fr: `Attention : cet enregistrement fusionné demanderait {count} requêtes DNS, au-delà de la limite de 10, et les destinataires le rejetteraient ; retirez les expéditeurs inutiles avant de fusionner.`,
  }, { count }),

  txtSeveral: (name: string, tag: string, expected: string): Localized => localized({
    en: `{name} has several {tag} records: keep only {expected}.`,
    fr: `{name} a plusieurs enregistrements {tag} : gardez seulement {expected}.`,
  }, { name, tag, expected }),

  /** A note on every row of a name and type whose resolvers answered differently. */
  disagree: (ttl: number | undefined): Localized => localized({
    en: `Resolvers disagree: this row reads the answer furthest from the setup{upTo}. If you changed this record recently, some resolvers still hold the old answer; if not, the zone's name servers do not all serve the same data.`,
    fr: `Les résolveurs ne sont pas d’accord : cette ligne lit la réponse la plus éloignée de la configuration{upTo}. Si vous avez modifié cet enregistrement récemment, certains résolveurs gardent l’ancienne réponse ; sinon, les serveurs de noms de la zone ne servent pas tous les mêmes données.`,
  }, { upTo: ttl ? localized({ en: ' (answers may stay cached for up to {ttl} s)', fr: ' (les réponses peuvent rester en cache jusqu’à {ttl} s)' }, { ttl }) : '' }),

  /** `stale`: the resolvers still answering without the record; `seconds`: how long they may keep doing so. */
  pending: (type: string, name: string, expected: string, stale: readonly string[], seconds: number | null): Localized => {
    const answer = localized({ en: { one: 'answers', other: 'answer' }, fr: { one: 'répond', other: 'répondent' } }, { count: stale.length });
    const wait = seconds === null ? '' : localized({ en: ', kept for up to {seconds} s', fr: ', gardée jusqu’à {seconds} s' }, { seconds });
    return localized({
      en: `Not visible everywhere yet: {type} {expected} is in place for some resolvers, but {stale} still {answer} without it (a cached answer{wait}). Nothing to change: check again after that for {name}.`,
      fr: `Pas encore visible partout : {type} {expected} est en place pour certains résolveurs, mais {stale} {answer} encore sans lui (une réponse en cache{wait}). Rien à changer : revérifiez ensuite pour {name}.`,
    }, { type, expected, stale: stale.join(', '), answer, wait, name });
  },

  /** Some resolver answered SERVFAIL for the name while another answered: `reason` says what SERVFAIL means. */
  servfail: (resolvers: readonly string[], reason: Localized): Localized => localized({
    en: `Could not verify with {resolvers} ({reason}); the other resolvers answered. Check again later; if it lasts, the zone's name servers or its DNSSEC signatures fail for the users of that resolver.`,
    fr: `Vérification impossible avec {resolvers} ({reason}) ; les autres résolveurs ont répondu. Revérifiez plus tard ; si cela dure, les serveurs de noms de la zone ou ses signatures DNSSEC échouent pour les utilisateurs de ce résolveur.`,
  }, { resolvers: resolvers.join(', '), reason }),

  /** A name that should be a CNAME answers with Cloudflare's proxy addresses: the CNAME is hidden behind the proxy. */
  proxiedCname: (name: string, addresses: string, target: string): Localized => localized({
    en: `Proxied by Cloudflare: {name} answers with Cloudflare's addresses ({addresses}) instead of CNAME {target}; set it to DNS only (grey cloud) in Cloudflare's DNS records.`,
    fr: `Proxifié par Cloudflare : {name} répond avec des adresses de Cloudflare ({addresses}) au lieu du CNAME {target} ; passez-le en « DNS uniquement » (nuage gris) dans les enregistrements DNS de Cloudflare.`,
  }, { name, addresses, target }),

  /** An A/AAAA the service needs answers with Cloudflare's addresses: mail does not go through that proxy. */
  proxiedAddress: (type: string, name: string, found: string, expected: string): Localized => localized({
    en: `Proxied by Cloudflare: {name} answers {type} {found} (Cloudflare's addresses) instead of {expected}, and mail does not pass through Cloudflare's proxy; set it to DNS only (grey cloud) in Cloudflare's DNS records.`,
    fr: `Proxifié par Cloudflare : {name} répond {type} {found} (des adresses de Cloudflare) au lieu de {expected}, et le courrier ne passe pas par le proxy de Cloudflare ; passez-le en « DNS uniquement » (nuage gris) dans les enregistrements DNS de Cloudflare.`,
  }, { name, type, found, expected }),

  /** The DKIM CNAME is answered as the key's TXT itself: flattened (or replaced by a copy). */
  flattenedDkim: (name: string, target: string): Localized => localized({
    en: `The DKIM CNAME is flattened: {name} answers with the key's TXT record instead of CNAME {target}, so the service cannot see the CNAME it checks for; turn off CNAME flattening for this record (at Cloudflare: DNS only, and "Flatten all CNAMEs" off), or put the CNAME back in place of a copied key.`,
    fr: `Le CNAME DKIM est aplati : {name} répond avec l’enregistrement TXT de la clé au lieu du CNAME {target}, et le service ne voit donc pas le CNAME qu’il vérifie ; désactivez l’aplatissement de CNAME pour cet enregistrement (chez Cloudflare : « DNS uniquement », et « Flatten all CNAMEs » désactivé), ou remettez le CNAME à la place d’une copie de la clé.`,
  }, { name, target }),

  /** `autodiscover` proxied beside the SRV record: clients try it first and reach Cloudflare. */
  proxiedAutodiscover: (name: string, addresses: string, srvName: string): Localized => localized({
    en: `Proxied by Cloudflare: {name} answers with Cloudflare's addresses ({addresses}), and mail clients try this name before the SRV record {srvName}; set it to DNS only (grey cloud) in Cloudflare's DNS records, or delete it.`,
    fr: `Proxifié par Cloudflare : {name} répond avec des adresses de Cloudflare ({addresses}), et les logiciels de messagerie essaient ce nom avant le SRV {srvName} ; passez-le en « DNS uniquement » (nuage gris) dans les enregistrements DNS de Cloudflare, ou supprimez-le.`,
  }, { name, addresses, srvName }),

  throughAlias: (name: string, target: string): Localized => localized({
    en: `{name} is an alias (CNAME) of {target}: these records are read there, and are changed there.`,
    fr: `{name} est un alias (CNAME) de {target} : ces enregistrements sont lus là-bas, et se modifient là-bas.`,
  }, { name, target }),

  /** `errors`: why each resolver failed, in every language (resolver-messages.ts). */
  unanswered: (errors: readonly Localized[]): Localized => {
    const why = resolverMessages.reasons(errors);
    return localized({
      en: `Could not check: no resolver answered ({why}). Check the connection or the resolvers, then check again.`,
      fr: `Vérification impossible : aucun résolveur n’a répondu ({why}). Vérifiez la connexion ou les résolveurs, puis relancez.`,
    }, { why });
  },
};
