import type { Localized } from '../../i18n/lang.js';
import { localized } from '../../i18n/format.js';

/**
 * The sentences of SPF lookup counting, EN and FR side by side. Those naming `permerror` are
 * problems (receivers reject the policy); the others say why the count is only a minimum.
 */
export const spfLookupMessages = {
  fetchFailed: (domain: string, error: Localized): Localized => localized({
    en: `Could not read the SPF record of {domain} ({error}), so its DNS lookups are not counted: check again later.`,
    fr: `Impossible de lire l’enregistrement SPF de {domain} ({error}), ses requêtes DNS ne sont donc pas comptées : vérifiez de nouveau plus tard.`,
  }, { domain, error }),
  lookupFailed: (term: string, name: string, type: string, error: Localized): Localized => localized({
    en: `Could not read the {type} records of {name} for "{term}" ({error}), so whether they exist is not known: check again later.`,
    fr: `Impossible de lire les enregistrements {type} de {name} pour « {term} » ({error}), on ne sait donc pas s’ils existent : vérifiez de nouveau plus tard.`,
  }, { type, name, term, error }),
  noSpfAt: (term: string, domain: string): Localized => localized({
    en: `{domain} has no SPF record, so "{term}" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.`,
    fr: `{domain} n’a pas d’enregistrement SPF, donc « {term} » fait rejeter toute la politique par les destinataires (permerror) : supprimez-le ou utilisez le nom indiqué par le fournisseur.`,
  }, { domain, term }),
  severalSpfAt: (term: string, domain: string, count: number): Localized => localized({
    en: `{domain} publishes {count} SPF records, so "{term}" makes receivers reject the whole policy (permerror): its owner must merge them into one.`,
    fr: `{domain} publie {count} enregistrements SPF, donc « {term} » fait rejeter toute la politique par les destinataires (permerror) : son propriétaire doit les fusionner en un seul.`,
  }, { domain, count, term }),
  loop: (term: string, chain: string[]): Localized => localized({
    en: `"{term}" loops back ({chain}) and receivers reject such a policy (permerror): remove the include that closes the loop.`,
    fr: `« {term} » forme une boucle ({chain}) et les destinataires rejettent une telle politique (permerror) : supprimez l’inclusion qui ferme la boucle.`,
  }, { term, chain: chain.join(' → ') }),
  tooManyMx: (term: string, name: string, count: number, limit: number): Localized => localized({
    en: `"{term}": {name} has {count} MX records and receivers reject an mx term with more than {limit} (permerror): name the sending servers with a:<host> or ip4:/ip6: terms instead.`,
    fr: `« {term} » : {name} a {count} enregistrements MX et les destinataires rejettent un terme mx qui en a plus de {limit} (permerror) : désignez plutôt les serveurs d’envoi par des termes a:<hôte> ou ip4:/ip6:.`,
  }, { term, name, count, limit }),
  tooManyVoids: (term: string, names: string[], limit: number): Localized => localized({
    en: `"{term}" is one DNS lookup that finds nothing too many: {names} do not exist or have no record of the type asked, and receivers reject a policy with more than {limit} such void lookups (permerror). Remove the terms that name hosts which no longer exist.`,
    fr: `« {term} » est une requête DNS sans réponse de trop : {names} n’existent pas ou n’ont pas d’enregistrement du type demandé, et les destinataires rejettent une politique qui a plus de {limit} requêtes sans réponse (permerror). Supprimez les termes qui désignent des hôtes qui n’existent plus.`,
  }, { term, names: names.join(', '), limit }),
  macroNotFollowed: (term: string): Localized => localized({
    en: `"{term}" uses an SPF macro, expanded only when a message arrives: it was counted as one lookup and not followed, so the count is a minimum.`,
    fr: `« {term} » utilise une macro SPF, développée seulement à l’arrivée d’un message : il compte pour une requête et n’a pas été suivi, le total est donc un minimum.`,
  }, { term }),
  tooDeep: (term: string, maxDepth: number): Localized => localized({
    en: `"{term}" is nested more than {maxDepth} levels deep and was not followed, so the count is a minimum: flatten the includes.`,
    fr: `« {term} » est imbriqué sur plus de {maxDepth} niveaux et n’a pas été suivi, le total est donc un minimum : aplatissez les inclusions.`,
  }, { term, maxDepth }),
  tooManyQuestions: (max: number): Localized => localized({
    en: `The policy needs more than {max} DNS questions to check; the rest were not asked, so the count is a minimum: far too many lookups in any case.`,
    fr: `La vérification de la politique demande plus de {max} questions DNS ; les autres n’ont pas été posées, le total est donc un minimum : bien trop de requêtes dans tous les cas.`,
  }, { max }),
  /** A permerror in a record the policy pulls in, through its own term `via`. */
  nestedProblem: (domain: string, via: string, problem: Localized): Localized => localized({
    en: `In the SPF record of {domain}, which "{via}" pulls in: {problem}`,
    fr: `Dans l’enregistrement SPF de {domain}, qu’inclut « {via} » : {problem}`,
  }, { domain, via, problem }),
  nestedAdvice: (domain: string, advice: Localized): Localized => localized({
    en: `In the SPF record of {domain}: {advice}`,
    fr: `Dans l’enregistrement SPF de {domain} : {advice}`,
  }, { domain, advice }),
  overLimit: (term: string, count: number, atLeast: boolean, limit: number, costs: string[]): Localized => localized({
    en: `"{term}" makes the record exceed {limit} DNS lookups ({total}): receivers reject it (permerror) and mail may be refused or marked as spam. Costs: {costs}. Remove includes you no longer use, or ask your provider for a flattened include (ip4:/ip6: ranges only).`,
    fr: `« {term} » fait dépasser à l’enregistrement la limite de {limit} requêtes DNS ({total}) : les destinataires le rejettent (permerror) et les messages peuvent être refusés ou classés comme spam. Coûts : {costs}. Retirez les inclusions que vous n’utilisez plus, ou demandez à votre fournisseur une inclusion aplatie (uniquement des plages ip4:/ip6:).`,
  }, { term, limit, total: atLeast ? localized({ en: 'at least {count}', fr: 'au moins {count}' }, { count }) : String(count), costs: costs.join(', ') }),
} as const;
