import type { Localized } from '../../i18n/lang.js';
import { localized } from '../../i18n/format.js';
import { joined, quoted } from '../../i18n/phrases.js';

/**
 * Every sentence about an SPF policy's own syntax, EN and FR side by side so a translator reviews
 * them in one place. Each says what is wrong and what to do; `permerror` is named because it is
 * the word receivers' reports use. (Lookup counting speaks in spf-lookup-messages.ts.)
 */
const REJECTED = localized({
  en: 'receivers reject the whole policy (permerror)',
  fr: 'les destinataires rejettent toute la politique (permerror)',
});
// SPF's own macro syntax, given as values: `%{d}` in a template would read as a placeholder.
const MACROS = '%{s} %{l} %{o} %{d} %{i} %{p} %{v} %{h}';

export const spfMessages = {
  notSpf: (): Localized => localized({
    en: 'This TXT record is not an SPF policy: an SPF policy starts with "v=spf1".',
    fr: 'Cet enregistrement TXT n’est pas une politique SPF : une politique SPF commence par « v=spf1 ».',
  }),
  badCharacter: (term: string, character: Localized): Localized => localized({
    en: `"{term}" contains {character}, and {rejected}: SPF terms are separated by single spaces only, so retype the record on one line with plain ASCII characters.`,
    fr: `« {term} » contient {character}, et {rejected} : les termes SPF ne sont séparés que par des espaces, ressaisissez donc l’enregistrement sur une seule ligne en caractères ASCII simples.`,
  }, { term, character, rejected: REJECTED }),
  malformedTerm: (raw: string): Localized => localized({
    en: `"{raw}" is not a valid SPF term and {rejected}: fix it or remove it.`,
    fr: `« {raw} » n’est pas un terme SPF valide et {rejected} : corrigez-le ou supprimez-le.`,
  }, { raw, rejected: REJECTED }),
  unknownMechanism: (raw: string): Localized => localized({
    en: `"{raw}" is not an SPF mechanism and {rejected}: correct its spelling or remove it.`,
    fr: `« {raw} » n’est pas un mécanisme SPF et {rejected} : corrigez son orthographe ou supprimez-le.`,
  }, { raw, rejected: REJECTED }),
  takesNoValue: (raw: string, mechanism: string): Localized => localized({
    en: `"{raw}": "{mechanism}" takes no value and {rejected}: write just "{mechanism}".`,
    fr: `« {raw} » : « {mechanism} » ne prend pas de valeur et {rejected} : écrivez seulement « {mechanism} ».`,
  }, { raw, mechanism, rejected: REJECTED }),
  needsDomain: (raw: string, name: string, separator: ':' | '='): Localized => localized({
    en: `"{raw}" needs a domain name, else {rejected}: write {name}{separator}<domain>, for example {name}{separator}mx.example.com.`,
    fr: `« {raw} » a besoin d’un nom de domaine, sinon {rejected} : écrivez {name}{separator}<domaine>, par exemple {name}{separator}mx.example.com.`,
  }, { raw, rejected: REJECTED, name, separator }),
  badDomain: (raw: string, value: string): Localized => localized({
    en: `"{value}" in "{raw}" is not a domain name and {rejected}: write a full name such as mx.example.com.`,
    fr: `« {value} » dans « {raw} » n’est pas un nom de domaine et {rejected} : écrivez un nom complet comme mx.example.com.`,
  }, { value, raw, rejected: REJECTED }),
  addressAsDomain: (raw: string, address: string): Localized => localized({
    en: `"{raw}" gives an IP address where SPF expects a host name, and {rejected}: write ip4:{address} instead.`,
    fr: `« {raw} » donne une adresse IP là où SPF attend un nom d’hôte, et {rejected} : écrivez plutôt ip4:{address}.`,
  }, { raw, rejected: REJECTED, address }),
  badPercent: (raw: string): Localized => localized({
    en: `"{raw}" has a "%" that starts no SPF macro, and {rejected}: a macro reads {examples}… and a percent sign is written %%.`,
    fr: `« {raw} » contient un « % » qui ne commence aucune macro SPF, et {rejected} : une macro s’écrit {examples}… et un signe pour cent s’écrit %%.`,
  }, { raw, rejected: REJECTED, examples: '%{d}, %{i}' }),
  badMacro: (raw: string, macro: string, explanationOnly: boolean): Localized =>
    explanationOnly
      ? localized({
          en: `"{macro}" in "{raw}" may only appear in the explanation text, not in a domain name, and {rejected}: remove it or use one of {macros}.`,
          fr: `« {macro} » dans « {raw} » n’est permis que dans le texte d’explication, pas dans un nom de domaine, et {rejected} : supprimez-le ou utilisez l’une de {macros}.`,
        }, { macro, raw, rejected: REJECTED, macros: MACROS })
      : localized({
          en: `"{macro}" in "{raw}" is not a valid SPF macro and {rejected}: a macro is %{ followed by one of the letters s l o d i p v h, an optional non-zero number of parts, an optional r, and }.`,
          fr: `« {macro} » dans « {raw} » n’est pas une macro SPF valide et {rejected} : une macro s’écrit %{ suivi d’une des lettres s l o d i p v h, d’un nombre de parties non nul facultatif, d’un r facultatif, puis }.`,
        }, { macro, raw, rejected: REJECTED }),
  badIp4: (raw: string): Localized => localized({
    en: `"{raw}" needs an IPv4 address, optionally with a prefix length from 0 to 32, else {rejected}: write ip4:192.0.2.10 or ip4:192.0.2.0/24.`,
    fr: `« {raw} » a besoin d’une adresse IPv4, éventuellement avec une longueur de préfixe de 0 à 32, sinon {rejected} : écrivez ip4:192.0.2.10 ou ip4:192.0.2.0/24.`,
  }, { raw, rejected: REJECTED }),
  badIp6: (raw: string): Localized => localized({
    en: `"{raw}" needs an IPv6 address, optionally with a prefix length from 0 to 128, else {rejected}: write ip6:2001:db8::10 or ip6:2001:db8::/32.`,
    fr: `« {raw} » a besoin d’une adresse IPv6, éventuellement avec une longueur de préfixe de 0 à 128, sinon {rejected} : écrivez ip6:2001:db8::10 ou ip6:2001:db8::/32.`,
  }, { raw, rejected: REJECTED }),
  badCidr: (raw: string): Localized => localized({
    en: `The prefix length in "{raw}" is not valid (IPv4 /0 to /32, IPv6 //0 to //128, no leading zero) and {rejected}: correct it.`,
    fr: `La longueur de préfixe dans « {raw} » n’est pas valide (IPv4 /0 à /32, IPv6 //0 à //128, sans zéro initial) et {rejected} : corrigez-la.`,
  }, { raw, rejected: REJECTED }),
  qualifierOnModifier: (raw: string): Localized => localized({
    en: `"{raw}": a modifier (name=value) cannot start with + - ~ or ?, and {rejected}: remove that sign.`,
    fr: `« {raw} » : un modificateur (nom=valeur) ne peut pas commencer par « + », « - », « ~ » ou « ? », et {rejected} : supprimez ce signe.`,
  }, { raw, rejected: REJECTED }),
  duplicateModifier: (name: string): Localized => localized({
    en: `The policy has more than one "{name}=" and {rejected}: keep only one.`,
    fr: `La politique contient plusieurs « {name}= » et {rejected} : n’en gardez qu’un.`,
  }, { name, rejected: REJECTED }),
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
} as const;
