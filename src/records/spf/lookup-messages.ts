import type { Localized } from '../../i18n/lang.js';

/**
 * The sentences of SPF lookup counting, EN and FR side by side. Those naming `permerror` are
 * problems (receivers reject the policy); the others say why the count is only a minimum.
 */
export const spfLookupMessages = {
  fetchFailed: (domain: string, error: Localized): Localized => ({
    en: `Could not read the SPF record of ${domain} (${error.en}), so its DNS lookups are not counted: check again later.`,
    fr: `Impossible de lire l’enregistrement SPF de ${domain} (${error.fr}), ses requêtes DNS ne sont donc pas comptées\u00a0: vérifiez de nouveau plus tard.`,
  }),
  lookupFailed: (term: string, name: string, type: string, error: Localized): Localized => ({
    en: `Could not read the ${type} records of ${name} for "${term}" (${error.en}), so whether they exist is not known: check again later.`,
    fr: `Impossible de lire les enregistrements ${type} de ${name} pour «\u00a0${term}\u00a0» (${error.fr}), on ne sait donc pas s’ils existent\u00a0: vérifiez de nouveau plus tard.`,
  }),
  noSpfAt: (term: string, domain: string): Localized => ({
    en: `${domain} has no SPF record, so "${term}" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.`,
    fr: `${domain} n’a pas d’enregistrement SPF, donc «\u00a0${term}\u00a0» fait rejeter toute la politique par les destinataires (permerror)\u00a0: supprimez-le ou utilisez le nom indiqué par le fournisseur.`,
  }),
  severalSpfAt: (term: string, domain: string, count: number): Localized => ({
    en: `${domain} publishes ${count} SPF records, so "${term}" makes receivers reject the whole policy (permerror): its owner must merge them into one.`,
    fr: `${domain} publie ${count} enregistrements SPF, donc «\u00a0${term}\u00a0» fait rejeter toute la politique par les destinataires (permerror)\u00a0: son propriétaire doit les fusionner en un seul.`,
  }),
  loop: (term: string, chain: string[]): Localized => ({
    en: `"${term}" loops back (${chain.join(' → ')}) and receivers reject such a policy (permerror): remove the include that closes the loop.`,
    fr: `«\u00a0${term}\u00a0» forme une boucle (${chain.join(' → ')}) et les destinataires rejettent une telle politique (permerror)\u00a0: supprimez l’inclusion qui ferme la boucle.`,
  }),
  tooManyMx: (term: string, name: string, count: number, limit: number): Localized => ({
    en: `"${term}": ${name} has ${count} MX records and receivers reject an mx term with more than ${limit} (permerror): name the sending servers with a:<host> or ip4:/ip6: terms instead.`,
    fr: `«\u00a0${term}\u00a0»\u00a0: ${name} a ${count} enregistrements MX et les destinataires rejettent un terme mx qui en a plus de ${limit} (permerror)\u00a0: désignez plutôt les serveurs d’envoi par des termes a:<hôte> ou ip4:/ip6:.`,
  }),
  tooManyVoids: (term: string, names: string[], limit: number): Localized => ({
    en: `"${term}" is one DNS lookup that finds nothing too many: ${names.join(', ')} do not exist or have no record of the type asked, and receivers reject a policy with more than ${limit} such void lookups (permerror). Remove the terms that name hosts which no longer exist.`,
    fr: `«\u00a0${term}\u00a0» est une requête DNS sans réponse de trop\u00a0: ${names.join(', ')} n’existent pas ou n’ont pas d’enregistrement du type demandé, et les destinataires rejettent une politique qui a plus de ${limit} requêtes sans réponse (permerror). Supprimez les termes qui désignent des hôtes qui n’existent plus.`,
  }),
  macroNotFollowed: (term: string): Localized => ({
    en: `"${term}" uses an SPF macro, expanded only when a message arrives: it was counted as one lookup and not followed, so the count is a minimum.`,
    fr: `«\u00a0${term}\u00a0» utilise une macro SPF, développée seulement à l’arrivée d’un message\u00a0: il compte pour une requête et n’a pas été suivi, le total est donc un minimum.`,
  }),
  tooDeep: (term: string, maxDepth: number): Localized => ({
    en: `"${term}" is nested more than ${maxDepth} levels deep and was not followed, so the count is a minimum: flatten the includes.`,
    fr: `«\u00a0${term}\u00a0» est imbriqué sur plus de ${maxDepth} niveaux et n’a pas été suivi, le total est donc un minimum\u00a0: aplatissez les inclusions.`,
  }),
  tooManyQuestions: (max: number): Localized => ({
    en: `The policy needs more than ${max} DNS questions to check; the rest were not asked, so the count is a minimum: far too many lookups in any case.`,
    fr: `La vérification de la politique demande plus de ${max} questions DNS\u202f; les autres n’ont pas été posées, le total est donc un minimum\u00a0: bien trop de requêtes dans tous les cas.`,
  }),
  /** A permerror in a record the policy pulls in, through its own term `via`. */
  nestedProblem: (domain: string, via: string, problem: Localized): Localized => ({
    en: `In the SPF record of ${domain}, which "${via}" pulls in: ${problem.en}`,
    fr: `Dans l’enregistrement SPF de ${domain}, qu’inclut «\u00a0${via}\u00a0»\u00a0: ${problem.fr}`,
  }),
  nestedAdvice: (domain: string, advice: Localized): Localized => ({
    en: `In the SPF record of ${domain}: ${advice.en}`,
    fr: `Dans l’enregistrement SPF de ${domain}\u00a0: ${advice.fr}`,
  }),
  overLimit: (term: string, count: number, atLeast: boolean, limit: number, costs: string[]): Localized => ({
    en: `"${term}" makes the record exceed ${limit} DNS lookups (${atLeast ? 'at least ' : ''}${count}): receivers reject it (permerror) and mail may be refused or marked as spam. Costs: ${costs.join(', ')}. Remove includes you no longer use, or ask your provider for a flattened include (ip4:/ip6: ranges only).`,
    fr: `«\u00a0${term}\u00a0» fait dépasser à l’enregistrement la limite de ${limit}\u00a0requêtes DNS (${atLeast ? 'au moins ' : ''}${count})\u00a0: les destinataires le rejettent (permerror) et les messages peuvent être refusés ou classés comme spam. Coûts\u00a0: ${costs.join(', ')}. Retirez les inclusions que vous n’utilisez plus, ou demandez à votre fournisseur une inclusion aplatie (uniquement des plages ip4:/ip6:).`,
  }),
} as const;
