import type { Localized } from '../../i18n/lang.js';

/**
 * Every sentence the SPF modules say, EN and FR side by side so a translator reviews them in
 * one place. Each says what is wrong and what to do; `permerror` is named because it is the
 * word receivers' reports use.
 */
export const spfMessages = {
  notSpf: (): Localized => ({
    en: 'This TXT record is not an SPF policy: an SPF policy starts with "v=spf1".',
    fr: 'Cet enregistrement TXT n’est pas une politique SPF\u00a0: une politique SPF commence par «\u00a0v=spf1\u00a0».',
  }),
  malformedTerm: (raw: string): Localized => ({
    en: `"${raw}" is not a valid SPF term and receivers reject the whole policy (permerror): fix it or remove it.`,
    fr: `«\u00a0${raw}\u00a0» n’est pas un terme SPF valide et les destinataires rejettent toute la politique (permerror)\u00a0: corrigez-le ou supprimez-le.`,
  }),
  unknownMechanism: (raw: string): Localized => ({
    en: `"${raw}" is not an SPF mechanism and receivers reject the whole policy (permerror): correct its spelling or remove it.`,
    fr: `«\u00a0${raw}\u00a0» n’est pas un mécanisme SPF et les destinataires rejettent toute la politique (permerror)\u00a0: corrigez son orthographe ou supprimez-le.`,
  }),
  takesNoValue: (raw: string, mechanism: string): Localized => ({
    en: `"${raw}": "${mechanism}" takes no value; write just "${mechanism}".`,
    fr: `«\u00a0${raw}\u00a0»\u00a0: «\u00a0${mechanism}\u00a0» ne prend pas de valeur\u202f; écrivez seulement «\u00a0${mechanism}\u00a0».`,
  }),
  needsDomain: (raw: string, name: string, separator: ':' | '='): Localized => ({
    en: `"${raw}" needs a domain name: write ${name}${separator}<domain>, for example ${name}${separator}mx.example.com.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’un nom de domaine\u00a0: écrivez ${name}${separator}<domaine>, par exemple ${name}${separator}mx.example.com.`,
  }),
  badDomain: (raw: string, value: string): Localized => ({
    en: `"${value}" in "${raw}" is not a domain name: write a full name such as mx.example.com.`,
    fr: `«\u00a0${value}\u00a0» dans «\u00a0${raw}\u00a0» n’est pas un nom de domaine\u00a0: écrivez un nom complet comme mx.example.com.`,
  }),
  badIp4: (raw: string): Localized => ({
    en: `"${raw}" needs an IPv4 address, optionally with a prefix length from 0 to 32: write ip4:192.0.2.10 or ip4:192.0.2.0/24.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’une adresse IPv4, éventuellement avec une longueur de préfixe de 0 à 32\u00a0: écrivez ip4:192.0.2.10 ou ip4:192.0.2.0/24.`,
  }),
  badIp6: (raw: string): Localized => ({
    en: `"${raw}" needs an IPv6 address, optionally with a prefix length from 0 to 128: write ip6:2001:db8::10 or ip6:2001:db8::/32.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’une adresse IPv6, éventuellement avec une longueur de préfixe de 0 à 128\u00a0: écrivez ip6:2001:db8::10 ou ip6:2001:db8::/32.`,
  }),
  badCidr: (raw: string): Localized => ({
    en: `The prefix length in "${raw}" is not valid (IPv4 /0 to /32, IPv6 //0 to //128): correct it.`,
    fr: `La longueur de préfixe dans «\u00a0${raw}\u00a0» n’est pas valide (IPv4 /0 à /32, IPv6 //0 à //128)\u00a0: corrigez-la.`,
  }),
  qualifierOnModifier: (raw: string): Localized => ({
    en: `"${raw}": a modifier (name=value) cannot start with + - ~ or ?; remove that sign.`,
    fr: `«\u00a0${raw}\u00a0»\u00a0: un modificateur (nom=valeur) ne peut pas commencer par «\u00a0+\u00a0», «\u00a0-\u00a0», «\u00a0~\u00a0» ou «\u00a0?\u00a0»\u202f; supprimez ce signe.`,
  }),
  duplicateModifier: (name: string): Localized => ({
    en: `The policy has more than one "${name}=" and receivers reject it (permerror): keep only one.`,
    fr: `La politique contient plusieurs «\u00a0${name}=\u00a0» et les destinataires la rejettent (permerror)\u00a0: n’en gardez qu’un.`,
  }),
  termsAfterAll: (all: string, after: string[]): Localized => ({
    en: `${after.map((t) => `"${t}"`).join(', ')} after "${all}" ${after.length > 1 ? 'are' : 'is'} never evaluated: move ${after.length > 1 ? 'them' : 'it'} before "${all}" or remove ${after.length > 1 ? 'them' : 'it'}.`,
    fr: `${after.map((t) => `«\u00a0${t}\u00a0»`).join(', ')} après «\u00a0${all}\u00a0» ${after.length > 1 ? 'ne sont jamais évalués' : 'n’est jamais évalué'}\u00a0: ${after.length > 1 ? 'placez-les' : 'placez-le'} avant «\u00a0${all}\u00a0» ou ${after.length > 1 ? 'supprimez-les' : 'supprimez-le'}.`,
  }),
  redirectIgnored: (): Localized => ({
    en: 'The "redirect=" is ignored because the policy also has an "all" term: remove one of the two.',
    fr: 'Le «\u00a0redirect=\u00a0» est ignoré car la politique contient aussi un terme «\u00a0all\u00a0»\u00a0: supprimez l’un des deux.',
  }),

  // Lookup counting (warnings: they never change a check's status).
  fetchFailed: (domain: string, error: Localized): Localized => ({
    en: `Could not read the SPF record of ${domain} (${error.en}), so its DNS lookups are not counted: check again later.`,
    fr: `Impossible de lire l’enregistrement SPF de ${domain} (${error.fr}), ses requêtes DNS ne sont donc pas comptées\u00a0: vérifiez de nouveau plus tard.`,
  }),
  noSpfAt: (term: string, domain: string): Localized => ({
    en: `${domain} has no SPF record, so "${term}" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.`,
    fr: `${domain} n’a pas d’enregistrement SPF, donc «\u00a0${term}\u00a0» fait rejeter toute la politique par les destinataires (permerror)\u00a0: supprimez-le ou utilisez le nom indiqué par le fournisseur.`,
  }),
  severalSpfAt: (domain: string, count: number): Localized => ({
    en: `${domain} publishes ${count} SPF records, so receivers reject any policy that includes it (permerror): its owner must merge them into one.`,
    fr: `${domain} publie ${count} enregistrements SPF, donc les destinataires rejettent toute politique qui l’inclut (permerror)\u00a0: son propriétaire doit les fusionner en un seul.`,
  }),
  loop: (term: string, chain: string[]): Localized => ({
    en: `"${term}" loops back (${chain.join(' → ')}) and receivers reject such a policy: remove the include that closes the loop.`,
    fr: `«\u00a0${term}\u00a0» forme une boucle (${chain.join(' → ')}) et les destinataires rejettent une telle politique\u00a0: supprimez l’inclusion qui ferme la boucle.`,
  }),
  macroNotFollowed: (term: string): Localized => ({
    en: `"${term}" uses an SPF macro, expanded only when a message arrives: it was counted as one lookup and not followed, so the count is a minimum.`,
    fr: `«\u00a0${term}\u00a0» utilise une macro SPF, développée seulement à l’arrivée d’un message\u00a0: il compte pour une requête et n’a pas été suivi, le total est donc un minimum.`,
  }),
  tooDeep: (term: string, maxDepth: number): Localized => ({
    en: `"${term}" is nested more than ${maxDepth} levels deep and was not followed, so the count is a minimum: flatten the includes.`,
    fr: `«\u00a0${term}\u00a0» est imbriqué sur plus de ${maxDepth} niveaux et n’a pas été suivi, le total est donc un minimum\u00a0: aplatissez les inclusions.`,
  }),
  tooManyRecords: (max: number): Localized => ({
    en: `The policy pulls in more than ${max} SPF records; the rest were not fetched, so the count is a minimum: far too many lookups in any case.`,
    fr: `La politique fait intervenir plus de ${max} enregistrements SPF\u202f; les autres n’ont pas été lus, le total est donc un minimum\u00a0: bien trop de requêtes dans tous les cas.`,
  }),
  nestedProblem: (domain: string, problem: Localized): Localized => ({
    en: `In the SPF record of ${domain}: ${problem.en}`,
    fr: `Dans l’enregistrement SPF de ${domain}\u00a0: ${problem.fr}`,
  }),
  overLimit: (count: number, limit: number, costs: string[]): Localized => ({
    en: `This SPF policy needs ${count} DNS lookups, the limit is ${limit}: receivers reject it (permerror) and mail may be refused or marked as spam. Costs: ${costs.join(', ')}. Replace the costliest include with the ip4:/ip6: ranges its provider publishes, or remove services you no longer use.`,
    fr: `Cette politique SPF nécessite ${count} requêtes DNS, la limite est ${limit}\u00a0: les destinataires la rejettent (permerror) et les messages peuvent être refusés ou classés comme spam. Coûts\u00a0: ${costs.join(', ')}. Remplacez l’inclusion la plus coûteuse par les plages ip4:/ip6: publiées par son fournisseur, ou retirez les services que vous n’utilisez plus.`,
  }),
} as const;
