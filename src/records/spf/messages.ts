import type { Localized } from '../../i18n/lang.js';

/**
 * Every sentence about an SPF policy's own syntax, EN and FR side by side so a translator reviews
 * them in one place. Each says what is wrong and what to do; `permerror` is named because it is
 * the word receivers' reports use. (Lookup counting speaks in spf-lookup-messages.ts.)
 */
const REJECTED = {
  en: 'receivers reject the whole policy (permerror)',
  fr: 'les destinataires rejettent toute la politique (permerror)',
} as const;

export const spfMessages = {
  notSpf: (): Localized => ({
    en: 'This TXT record is not an SPF policy: an SPF policy starts with "v=spf1".',
    fr: 'Cet enregistrement TXT n’est pas une politique SPF\u00a0: une politique SPF commence par «\u00a0v=spf1\u00a0».',
  }),
  badCharacter: (term: string, character: Localized): Localized => ({
    en: `"${term}" contains ${character.en}, and ${REJECTED.en}: SPF terms are separated by single spaces only, so retype the record on one line with plain ASCII characters.`,
    fr: `«\u00a0${term}\u00a0» contient ${character.fr}, et ${REJECTED.fr}\u00a0: les termes SPF ne sont séparés que par des espaces, ressaisissez donc l’enregistrement sur une seule ligne en caractères ASCII simples.`,
  }),
  malformedTerm: (raw: string): Localized => ({
    en: `"${raw}" is not a valid SPF term and ${REJECTED.en}: fix it or remove it.`,
    fr: `«\u00a0${raw}\u00a0» n’est pas un terme SPF valide et ${REJECTED.fr}\u00a0: corrigez-le ou supprimez-le.`,
  }),
  unknownMechanism: (raw: string): Localized => ({
    en: `"${raw}" is not an SPF mechanism and ${REJECTED.en}: correct its spelling or remove it.`,
    fr: `«\u00a0${raw}\u00a0» n’est pas un mécanisme SPF et ${REJECTED.fr}\u00a0: corrigez son orthographe ou supprimez-le.`,
  }),
  takesNoValue: (raw: string, mechanism: string): Localized => ({
    en: `"${raw}": "${mechanism}" takes no value and ${REJECTED.en}: write just "${mechanism}".`,
    fr: `«\u00a0${raw}\u00a0»\u00a0: «\u00a0${mechanism}\u00a0» ne prend pas de valeur et ${REJECTED.fr}\u00a0: écrivez seulement «\u00a0${mechanism}\u00a0».`,
  }),
  needsDomain: (raw: string, name: string, separator: ':' | '='): Localized => ({
    en: `"${raw}" needs a domain name, else ${REJECTED.en}: write ${name}${separator}<domain>, for example ${name}${separator}mx.example.com.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’un nom de domaine, sinon ${REJECTED.fr}\u00a0: écrivez ${name}${separator}<domaine>, par exemple ${name}${separator}mx.example.com.`,
  }),
  badDomain: (raw: string, value: string): Localized => ({
    en: `"${value}" in "${raw}" is not a domain name and ${REJECTED.en}: write a full name such as mx.example.com.`,
    fr: `«\u00a0${value}\u00a0» dans «\u00a0${raw}\u00a0» n’est pas un nom de domaine et ${REJECTED.fr}\u00a0: écrivez un nom complet comme mx.example.com.`,
  }),
  addressAsDomain: (raw: string, address: string): Localized => ({
    en: `"${raw}" gives an IP address where SPF expects a host name, and ${REJECTED.en}: write ip4:${address} instead.`,
    fr: `«\u00a0${raw}\u00a0» donne une adresse IP là où SPF attend un nom d’hôte, et ${REJECTED.fr}\u00a0: écrivez plutôt ip4:${address}.`,
  }),
  badPercent: (raw: string): Localized => ({
    en: `"${raw}" has a "%" that starts no SPF macro, and ${REJECTED.en}: a macro reads %{d}, %{i}… and a percent sign is written %%.`,
    fr: `«\u00a0${raw}\u00a0» contient un «\u00a0%\u00a0» qui ne commence aucune macro SPF, et ${REJECTED.fr}\u00a0: une macro s’écrit %{d}, %{i}… et un signe pour cent s’écrit %%.`,
  }),
  badMacro: (raw: string, macro: string, explanationOnly: boolean): Localized =>
    explanationOnly
      ? {
          en: `"${macro}" in "${raw}" may only appear in the explanation text, not in a domain name, and ${REJECTED.en}: remove it or use one of %{s} %{l} %{o} %{d} %{i} %{p} %{v} %{h}.`,
          fr: `«\u00a0${macro}\u00a0» dans «\u00a0${raw}\u00a0» n’est permis que dans le texte d’explication, pas dans un nom de domaine, et ${REJECTED.fr}\u00a0: supprimez-le ou utilisez l’une de %{s} %{l} %{o} %{d} %{i} %{p} %{v} %{h}.`,
        }
      : {
          en: `"${macro}" in "${raw}" is not a valid SPF macro and ${REJECTED.en}: a macro is %{ followed by one of the letters s l o d i p v h, an optional non-zero number of parts, an optional r, and }.`,
          fr: `«\u00a0${macro}\u00a0» dans «\u00a0${raw}\u00a0» n’est pas une macro SPF valide et ${REJECTED.fr}\u00a0: une macro s’écrit %{ suivi d’une des lettres s l o d i p v h, d’un nombre de parties non nul facultatif, d’un r facultatif, puis }.`,
        },
  badIp4: (raw: string): Localized => ({
    en: `"${raw}" needs an IPv4 address, optionally with a prefix length from 0 to 32, else ${REJECTED.en}: write ip4:192.0.2.10 or ip4:192.0.2.0/24.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’une adresse IPv4, éventuellement avec une longueur de préfixe de 0 à 32, sinon ${REJECTED.fr}\u00a0: écrivez ip4:192.0.2.10 ou ip4:192.0.2.0/24.`,
  }),
  badIp6: (raw: string): Localized => ({
    en: `"${raw}" needs an IPv6 address, optionally with a prefix length from 0 to 128, else ${REJECTED.en}: write ip6:2001:db8::10 or ip6:2001:db8::/32.`,
    fr: `«\u00a0${raw}\u00a0» a besoin d’une adresse IPv6, éventuellement avec une longueur de préfixe de 0 à 128, sinon ${REJECTED.fr}\u00a0: écrivez ip6:2001:db8::10 ou ip6:2001:db8::/32.`,
  }),
  badCidr: (raw: string): Localized => ({
    en: `The prefix length in "${raw}" is not valid (IPv4 /0 to /32, IPv6 //0 to //128, no leading zero) and ${REJECTED.en}: correct it.`,
    fr: `La longueur de préfixe dans «\u00a0${raw}\u00a0» n’est pas valide (IPv4 /0 à /32, IPv6 //0 à //128, sans zéro initial) et ${REJECTED.fr}\u00a0: corrigez-la.`,
  }),
  qualifierOnModifier: (raw: string): Localized => ({
    en: `"${raw}": a modifier (name=value) cannot start with + - ~ or ?, and ${REJECTED.en}: remove that sign.`,
    fr: `«\u00a0${raw}\u00a0»\u00a0: un modificateur (nom=valeur) ne peut pas commencer par «\u00a0+\u00a0», «\u00a0-\u00a0», «\u00a0~\u00a0» ou «\u00a0?\u00a0», et ${REJECTED.fr}\u00a0: supprimez ce signe.`,
  }),
  duplicateModifier: (name: string): Localized => ({
    en: `The policy has more than one "${name}=" and ${REJECTED.en}: keep only one.`,
    fr: `La politique contient plusieurs «\u00a0${name}=\u00a0» et ${REJECTED.fr}\u00a0: n’en gardez qu’un.`,
  }),
  termsAfterAll: (all: string, after: string[]): Localized => ({
    en: `${after.map((t) => `"${t}"`).join(', ')} after "${all}" ${after.length > 1 ? 'are' : 'is'} never evaluated: move ${after.length > 1 ? 'them' : 'it'} before "${all}" or remove ${after.length > 1 ? 'them' : 'it'}.`,
    fr: `${after.map((t) => `«\u00a0${t}\u00a0»`).join(', ')} après «\u00a0${all}\u00a0» ${after.length > 1 ? 'ne sont jamais évalués' : 'n’est jamais évalué'}\u00a0: ${after.length > 1 ? 'placez-les' : 'placez-le'} avant «\u00a0${all}\u00a0» ou ${after.length > 1 ? 'supprimez-les' : 'supprimez-le'}.`,
  }),
  redirectIgnored: (): Localized => ({
    en: 'The "redirect=" is ignored because the policy also has an "all" term: remove one of the two.',
    fr: 'Le «\u00a0redirect=\u00a0» est ignoré car la politique contient aussi un terme «\u00a0all\u00a0»\u00a0: supprimez l’un des deux.',
  }),
} as const;
