import type { Localized } from '../../i18n/lang.js';

const list = (names: readonly string[]) => names.join(', ');

/** Sentences of applying a template to a domain: what is missing or refused, and what to do. */
export const applyMessages = {
  missingVariables: (names: readonly string[]): Localized => ({
    en: `The template needs a value for ${list(names)}: give each one (--var NAME=VALUE on the command line).`,
    fr: `Le modèle a besoin d’une valeur pour ${list(names)}\u00a0: indiquez chacune (--var NOM=VALEUR en ligne de commande).`,
  }),
  unknownVariable: (name: string, known: readonly string[]): Localized => ({
    en: `The template has no variable "${name}"; it takes: ${known.length > 0 ? list(known) : 'none'}.`,
    fr: `Le modèle n’a pas de variable «\u00a0${name}\u00a0»\u202f; il accepte\u00a0: ${known.length > 0 ? list(known) : 'aucune'}.`,
  }),
  builtInVariable: (name: string): Localized => ({
    en: `"${name}" is set by the application itself (the domain and --host), not by a variable: remove it.`,
    fr: `«\u00a0${name}\u00a0» est fixé par l’application elle-même (le domaine et --host), pas par une variable\u00a0: retirez-le.`,
  }),
  ambiguousVariable: (name: string, candidates: readonly string[]): Localized => ({
    en: `"${name}" matches ${list(candidates)} in the template: write the name with the template's exact case.`,
    fr: `«\u00a0${name}\u00a0» correspond à ${list(candidates)} dans le modèle\u00a0: écrivez le nom avec la casse exacte du modèle.`,
  }),
  unsafeValue: (name: string): Localized => ({
    en: `The value of ${name} holds control or invisible characters: type it again without them.`,
    fr: `La valeur de ${name} contient des caractères de contrôle ou invisibles\u00a0: saisissez-la de nouveau sans eux.`,
  }),
  longValue: (name: string, max: number): Localized => ({
    en: `The value of ${name} is longer than ${max} characters: check what was pasted.`,
    fr: `La valeur de ${name} dépasse ${max}\u00a0caractères\u00a0: vérifiez ce qui a été collé.`,
  }),
  unknownGroup: (group: string, known: readonly string[]): Localized => ({
    en: `The template has no group "${group}"; its groups are: ${known.length > 0 ? list(known) : 'none'}.`,
    fr: `Le modèle n’a pas de groupe «\u00a0${group}\u00a0»\u202f; ses groupes sont\u00a0: ${known.length > 0 ? list(known) : 'aucun'}.`,
  }),
  unsupportedType: (type: string, group: string | undefined): Localized => ({
    en: `This tool does not write ${type} records${group ? `: leave out group "${group}" (choose the other groups with --group)` : ''}.`,
    fr: `Cet outil n’écrit pas d’enregistrements ${type}${group ? `\u00a0: laissez de côté le groupe «\u00a0${group}\u00a0» (choisissez les autres groupes avec --group)` : ''}.`,
  }),
  hostRequired: (): Localized => ({
    en: 'This template applies only below the domain: give the sub-domain with --host (e.g. --host shop).',
    fr: 'Ce modèle ne s’applique que sous le domaine\u00a0: indiquez le sous-domaine avec --host (par exemple --host shop).',
  }),
  badHost: (problem: Localized): Localized => ({
    en: `Cannot use --host: ${problem.en}`,
    fr: `Impossible d’utiliser --host\u00a0: ${problem.fr}`,
  }),
  outsideZone: (name: string, zone: string): Localized => ({
    en: `The template writes ${name}, which is outside ${zone}: a template may only write names inside the domain it is applied to.`,
    fr: `Le modèle écrit ${name}, qui est hors de ${zone}\u00a0: un modèle ne peut écrire que des noms dans le domaine auquel il s’applique.`,
  }),
  badNumber: (field: string, value: string): Localized => ({
    en: `${field} "${value}" is not a whole number: give the variable a number.`,
    fr: `${field} «\u00a0${value}\u00a0» n’est pas un nombre entier\u00a0: donnez un nombre à la variable.`,
  }),
  badProtocol: (value: string): Localized => ({
    en: `SRV protocol "${value}" is not _tcp, _udp or _tls.`,
    fr: `Le protocole SRV «\u00a0${value}\u00a0» n’est ni _tcp, ni _udp, ni _tls.`,
  }),
};
