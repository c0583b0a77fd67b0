import { localized } from '../i18n/format.js';
import { joined, quoted } from '../i18n/phrases.js';
import type { Localized } from '../i18n/lang.js';

/**
 * Every sentence the SPF modules say, EN and FR side by side so a translator reviews them in
 * one place. Each says what is wrong and what to do; `permerror` is named because it is the
 * word receivers' reports use.
 */
export const spfMessages = {
  notSpf: (): Localized => localized({
    en: 'This TXT record is not an SPF policy: an SPF policy starts with "v=spf1".',
    fr: 'Cet enregistrement TXT n’est pas une politique SPF : une politique SPF commence par « v=spf1 ».',
  }),
  malformedTerm: (raw: string): Localized => localized({
    en: `"{raw}" is not a valid SPF term and receivers reject the whole policy (permerror): fix it or remove it.`,
    fr: `« {raw} » n’est pas un terme SPF valide et les destinataires rejettent toute la politique (permerror) : corrigez-le ou supprimez-le.`,
  }, { raw }),
  unknownMechanism: (raw: string): Localized => localized({
    en: `"{raw}" is not an SPF mechanism and receivers reject the whole policy (permerror): correct its spelling or remove it.`,
    fr: `« {raw} » n’est pas un mécanisme SPF et les destinataires rejettent toute la politique (permerror) : corrigez son orthographe ou supprimez-le.`,
  }, { raw }),
  takesNoValue: (raw: string, mechanism: string): Localized => localized({
    en: `"{raw}": "{mechanism}" takes no value; write just "{mechanism}".`,
    fr: `« {raw} » : « {mechanism} » ne prend pas de valeur ; écrivez seulement « {mechanism} ».`,
  }, { raw, mechanism }),
  needsDomain: (raw: string, name: string, separator: ':' | '='): Localized => localized({
    en: `"{raw}" needs a domain name: write {name}{separator}<domain>, for example {name}{separator}mx.example.com.`,
    fr: `« {raw} » a besoin d’un nom de domaine : écrivez {name}{separator}<domaine>, par exemple {name}{separator}mx.example.com.`,
  }, { raw, name, separator }),
  badDomain: (raw: string, value: string): Localized => localized({
    en: `"{value}" in "{raw}" is not a domain name: write a full name such as mx.example.com.`,
    fr: `« {value} » dans « {raw} » n’est pas un nom de domaine : écrivez un nom complet comme mx.example.com.`,
  }, { value, raw }),
  badIp4: (raw: string): Localized => localized({
    en: `"{raw}" needs an IPv4 address, optionally with a prefix length from 0 to 32: write ip4:192.0.2.10 or ip4:192.0.2.0/24.`,
    fr: `« {raw} » a besoin d’une adresse IPv4, éventuellement avec une longueur de préfixe de 0 à 32 : écrivez ip4:192.0.2.10 ou ip4:192.0.2.0/24.`,
  }, { raw }),
  badIp6: (raw: string): Localized => localized({
    en: `"{raw}" needs an IPv6 address, optionally with a prefix length from 0 to 128: write ip6:2001:db8::10 or ip6:2001:db8::/32.`,
    fr: `« {raw} » a besoin d’une adresse IPv6, éventuellement avec une longueur de préfixe de 0 à 128 : écrivez ip6:2001:db8::10 ou ip6:2001:db8::/32.`,
  }, { raw }),
  badCidr: (raw: string): Localized => localized({
    en: `The prefix length in "{raw}" is not valid (IPv4 /0 to /32, IPv6 //0 to //128): correct it.`,
    fr: `La longueur de préfixe dans « {raw} » n’est pas valide (IPv4 /0 à /32, IPv6 //0 à //128) : corrigez-la.`,
  }, { raw }),
  qualifierOnModifier: (raw: string): Localized => localized({
    en: `"{raw}": a modifier (name=value) cannot start with + - ~ or ?; remove that sign.`,
    fr: `« {raw} » : un modificateur (nom=valeur) ne peut pas commencer par « + », « - », « ~ » ou « ? » ; supprimez ce signe.`,
  }, { raw }),
  duplicateModifier: (name: string): Localized => localized({
    en: `The policy has more than one "{name}=" and receivers reject it (permerror): keep only one.`,
    fr: `La politique contient plusieurs « {name}= » et les destinataires la rejettent (permerror) : n’en gardez qu’un.`,
  }, { name }),
  termsAfterAll: (all: string, after: string[]): Localized => localized({
    en: {
      one: `{terms} after "{all}" is never evaluated: move it before "{all}" or remove it.`,
      other: `{terms} after "{all}" are never evaluated: move them before "{all}" or remove them.`,
    },
    fr: {
      one: `{terms} après « {all} » n’est jamais évalué : placez-le avant « {all} » ou supprimez-le.`,
      other: `{terms} après « {all} » ne sont jamais évalués : placez-les avant « {all} » ou supprimez-les.`,
    },
  }, { count: after.length, terms: joined(after.map(quoted)), all }),
  redirectIgnored: (): Localized => localized({
    en: 'The "redirect=" is ignored because the policy also has an "all" term: remove one of the two.',
    fr: 'Le « redirect= » est ignoré car la politique contient aussi un terme « all » : supprimez l’un des deux.',
  }),

  // Lookup counting (warnings: they never change a check's status).
  fetchFailed: (domain: string, error: Localized): Localized => localized({
    en: `Could not read the SPF record of {domain} ({error}), so its DNS lookups are not counted: check again later.`,
    fr: `Impossible de lire l’enregistrement SPF de {domain} ({error}), ses requêtes DNS ne sont donc pas comptées : vérifiez de nouveau plus tard.`,
  }, { domain, error }),
  noSpfAt: (term: string, domain: string): Localized => localized({
    en: `{domain} has no SPF record, so "{term}" makes receivers reject the whole policy (permerror): remove it or use the name the provider documents.`,
    fr: `{domain} n’a pas d’enregistrement SPF, donc « {term} » fait rejeter toute la politique par les destinataires (permerror) : supprimez-le ou utilisez le nom indiqué par le fournisseur.`,
  }, { domain, term }),
  severalSpfAt: (domain: string, count: number): Localized => localized({
    en: `{domain} publishes {count} SPF records, so receivers reject any policy that includes it (permerror): its owner must merge them into one.`,
    fr: `{domain} publie {count} enregistrements SPF, donc les destinataires rejettent toute politique qui l’inclut (permerror) : son propriétaire doit les fusionner en un seul.`,
  }, { domain, count }),
  loop: (term: string, chain: string[]): Localized => localized({
    en: `"{term}" loops back ({chain}) and receivers reject such a policy: remove the include that closes the loop.`,
    fr: `« {term} » forme une boucle ({chain}) et les destinataires rejettent une telle politique : supprimez l’inclusion qui ferme la boucle.`,
  }, { term, chain: chain.join(' → ') }),
  macroNotFollowed: (term: string): Localized => localized({
    en: `"{term}" uses an SPF macro, expanded only when a message arrives: it was counted as one lookup and not followed, so the count is a minimum.`,
    fr: `« {term} » utilise une macro SPF, développée seulement à l’arrivée d’un message : il compte pour une requête et n’a pas été suivi, le total est donc un minimum.`,
  }, { term }),
  tooDeep: (term: string, maxDepth: number): Localized => localized({
    en: `"{term}" is nested more than {maxDepth} levels deep and was not followed, so the count is a minimum: flatten the includes.`,
    fr: `« {term} » est imbriqué sur plus de {maxDepth} niveaux et n’a pas été suivi, le total est donc un minimum : aplatissez les inclusions.`,
  }, { term, maxDepth }),
  tooManyRecords: (max: number): Localized => localized({
    en: `The policy pulls in more than {max} SPF records; the rest were not fetched, so the count is a minimum: far too many lookups in any case.`,
    fr: `La politique fait intervenir plus de {max} enregistrements SPF ; les autres n’ont pas été lus, le total est donc un minimum : bien trop de requêtes dans tous les cas.`,
  }, { max }),
  nestedProblem: (domain: string, problem: Localized): Localized => localized({
    en: `In the SPF record of {domain}: {problem}`,
    fr: `Dans l’enregistrement SPF de {domain} : {problem}`,
  }, { domain, problem }),
  overLimit: (count: number, limit: number, costs: string[]): Localized => localized({
    en: `This SPF policy needs {count} DNS lookups, the limit is {limit}: receivers reject it (permerror) and mail may be refused or marked as spam. Costs: {costs}. Replace the costliest include with the ip4:/ip6: ranges its provider publishes, or remove services you no longer use.`,
    fr: `Cette politique SPF nécessite {count} requêtes DNS, la limite est {limit} : les destinataires la rejettent (permerror) et les messages peuvent être refusés ou classés comme spam. Coûts : {costs}. Remplacez l’inclusion la plus coûteuse par les plages ip4:/ip6: publiées par son fournisseur, ou retirez les services que vous n’utilisez plus.`,
  }, { count, limit, costs: costs.join(', ') }),
} as const;
