import { localized } from '../../i18n/format.js';
import type { Localized } from '../../i18n/lang.js';

const list = (names: readonly string[]) => names.join(', ');

/** Sentences of applying a template to a domain: what is missing or refused, and what to do. */
export const applyMessages = {
  missingVariables: (names: readonly string[]): Localized => localized({
    en: `The template needs a value for {names}: give each one (--var NAME=VALUE on the command line).`,
    fr: `Le modèle a besoin d’une valeur pour {names} : indiquez chacune (--var NOM=VALEUR en ligne de commande).`,
  }, { names: list(names) }),
  unknownVariable: (name: string, known: readonly string[]): Localized => localized({
    en: `The template has no variable "{name}"; it takes: {known}.`,
    fr: `Le modèle n’a pas de variable « {name} » ; il accepte : {known}.`,
  }, { name, known: known.length > 0 ? list(known) : localized({ en: 'none', fr: 'aucune' }) }),
  builtInVariable: (name: string): Localized => localized({
    en: `"{name}" is set by the application itself (the domain and --host), not by a variable: remove it.`,
    fr: `« {name} » est fixé par l’application elle-même (le domaine et --host), pas par une variable : retirez-le.`,
  }, { name }),
  ambiguousVariable: (name: string, candidates: readonly string[]): Localized => localized({
    en: `"{name}" matches {candidates} in the template: write the name with the template's exact case.`,
    fr: `« {name} » correspond à {candidates} dans le modèle : écrivez le nom avec la casse exacte du modèle.`,
  }, { name, candidates: list(candidates) }),
  badSpfRule: (rule: string, problem: Localized): Localized => localized({
    en: `The template's SPF rule "{rule}" cannot be used: {problem} Check the value of the variable it holds.`,
    fr: `La règle SPF « {rule} » du modèle est inutilisable : {problem} Vérifiez la valeur de la variable qu’elle contient.`,
  }, { rule, problem }),
  spfModifier: (rule: string): Localized => localized({
    en: `The template's SPF rule "{rule}" would take over the whole SPF policy, so it cannot be merged into the domain's SPF record: set that policy with the service's own help page.`,
    fr: `La règle SPF « {rule} » du modèle prendrait le contrôle de toute la politique SPF : elle ne peut pas être fusionnée dans l’enregistrement SPF du domaine. Définissez cette politique en suivant l’aide du service.`,
  }, { rule }),
  unsafeValue: (name: string): Localized => localized({
    en: `The value of {name} holds control or invisible characters: type it again without them.`,
    fr: `La valeur de {name} contient des caractères de contrôle ou invisibles : saisissez-la de nouveau sans eux.`,
  }, { name }),
  longValue: (name: string, max: number): Localized => localized({
    en: `The value of {name} is longer than {max} characters: check what was pasted.`,
    fr: `La valeur de {name} dépasse {max} caractères : vérifiez ce qui a été collé.`,
  }, { name, max }),
  unknownGroup: (group: string, known: readonly string[]): Localized => localized({
    en: `The template has no group "{group}"; its groups are: {known}.`,
    fr: `Le modèle n’a pas de groupe « {group} » ; ses groupes sont : {known}.`,
  }, { group, known: known.length > 0 ? list(known) : localized({ en: 'none', fr: 'aucun' }) }),
  unsupportedType: (type: string, group: string | undefined): Localized => localized({
    en: `This tool does not write {type} records{leaveOut}.`,
    fr: `Cet outil n’écrit pas d’enregistrements {type}{leaveOut}.`,
  }, {
    type,
    leaveOut: group
      ? localized({ en: ': leave out group "{group}" (choose the other groups with --group)', fr: ' : laissez de côté le groupe « {group} » (choisissez les autres groupes avec --group)' }, { group })
      : '',
  }),
  aliasClash: (name: string, types: readonly string[], groups: readonly string[]): Localized => localized({
    en: `The template writes an alias (CNAME) at {name} together with {types}, and a name with an alias can hold nothing else{next}.`,
    fr: `Le modèle écrit un alias (CNAME) en {name} avec {types}, et un nom qui porte un alias ne peut rien porter d’autre{next}.`,
  }, {
    name,
    types: list(types),
    next: groups.length > 0
      ? localized({ en: ': apply its groups {groups} one at a time, or leave them out (--group)', fr: ' : appliquez ses groupes {groups} un à la fois, ou laissez-les de côté (--group)' }, { groups: list(groups) })
      : localized({ en: ': the template cannot be applied as it is; ask its provider', fr: ' : le modèle ne peut pas être appliqué tel quel ; signalez-le à son fournisseur' }),
  }),
  aliasAtApex: (zone: string): Localized => localized({
    en: `The template writes an alias (CNAME) at {zone} itself, where the zone's own records are: apply it below the domain (a host such as www or shop).`,
    fr: `Le modèle écrit un alias (CNAME) sur {zone} même, où se trouvent les enregistrements propres de la zone : appliquez-le sous le domaine (un hôte comme www ou shop).`,
  }, { zone }),
  hostRequired: (): Localized => localized({
    en: 'This template applies only below the domain: give the sub-domain with --host (e.g. --host shop).',
    fr: 'Ce modèle ne s’applique que sous le domaine : indiquez le sous-domaine avec --host (par exemple --host shop).',
  }),
  badHost: (problem: Localized): Localized => localized({
    en: 'Cannot use --host: {problem}',
    fr: 'Impossible d’utiliser --host : {problem}',
  }, { problem }),
  outsideZone: (name: string, zone: string): Localized => localized({
    en: `The template writes {name}, which is outside {zone}: a template may only write names inside the domain it is applied to.`,
    fr: `Le modèle écrit {name}, qui est hors de {zone} : un modèle ne peut écrire que des noms dans le domaine auquel il s’applique.`,
  }, { name, zone }),
  badNumber: (field: string, value: string): Localized => localized({
    en: `{field} "{value}" is not a whole number: give the variable a number.`,
    fr: `{field} « {value} » n’est pas un nombre entier : donnez un nombre à la variable.`,
  }, { field, value }),
  badProtocol: (value: string): Localized => localized({
    en: `SRV protocol "{value}" is not _tcp, _udp or _tls.`,
    fr: `Le protocole SRV « {value} » n’est ni _tcp, ni _udp, ni _tls.`,
  }, { value }),
};
