import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

/** Why a share code or a setup URL was refused, and what to do about it. */
export const shareMessages = {
  empty: localized({
    en: 'The share code is empty: paste the whole code, starting with DSA1:.',
    fr: 'Le code de partage est vide : collez le code entier, qui commence par DSA1:.',
  }),
  tooLong: (limit: number): Localized => localized({
    en: `This text is too long to be a share code (more than {limit} characters): paste only the code, starting with DSA1:.`,
    fr: `Ce texte est trop long pour être un code de partage (plus de {limit} caractères) : collez seulement le code, qui commence par DSA1:.`,
  }, { limit }),
  wrongPrefix: localized({
    en: 'This is not a share code: it must start with DSA1:. Paste the whole code as it was given to you.',
    fr: 'Ce n’est pas un code de partage : il doit commencer par DSA1:. Collez le code entier tel qu’on vous l’a donné.',
  }),
  badEncoding: localized({
    en: 'This share code is damaged (characters missing or changed after DSA1:). Copy it again from its source.',
    fr: 'Ce code de partage est abîmé (caractères manquants ou modifiés après DSA1:). Copiez-le à nouveau depuis sa source.',
  }),
  badJson: localized({
    en: 'This share code does not contain a readable setup. Copy it again from its source, or ask for a new one.',
    fr: 'Ce code de partage ne contient pas de configuration lisible. Copiez-le à nouveau depuis sa source, ou demandez-en un nouveau.',
  }),
  notAnObject: localized({
    en: 'This share code does not hold a setup (domain, service, variables). Ask for a new code.',
    fr: 'Ce code de partage ne contient pas de configuration (domaine, service, variables). Demandez un nouveau code.',
  }),
  extraKey: (key: string): Localized => localized({
    en: `This share code holds an unexpected field "{key}": it was made by another tool or edited. Ask for a new code.`,
    fr: `Ce code de partage contient un champ inattendu « {key} » : il vient d’un autre outil ou a été modifié. Demandez un nouveau code.`,
  }, { key }),
  missingField: (key: string): Localized => localized({
    en: `This share code has no {key}, or it is not text. Ask for a new code.`,
    fr: `Ce code de partage n’a pas de champ {key}, ou ce n’est pas du texte. Demandez un nouveau code.`,
  }, { key }),
  varsNotObject: localized({
    en: 'The variables in this share code are not a list of names and values. Ask for a new code.',
    fr: 'Les variables de ce code de partage ne sont pas une liste de noms et de valeurs. Demandez un nouveau code.',
  }),
  badVariableName: (name: string): Localized => localized({
    en: `The variable name "{name}" is not valid: names use letters, digits and underscores. Correct it or ask for a new code.`,
    fr: `Le nom de variable « {name} » n’est pas valide : les noms s’écrivent avec des lettres, des chiffres et des tirets bas. Corrigez-le ou demandez un nouveau code.`,
  }, { name }),
  variableNotText: (name: string): Localized => localized({
    en: `The variable "{name}" in this share code is not text. Ask for a new code.`,
    fr: `La variable « {name} » de ce code de partage n’est pas du texte. Demandez un nouveau code.`,
  }, { name }),
  // Setups given as URL parameters (popup.html?domain=…&service=…&<variable>=…).
  urlMixesCodeAndFields: localized({
    en: 'The address gives both a share code and a domain, service or variables: keep only one of them.',
    fr: 'L’adresse donne à la fois un code de partage et un domaine, un service ou des variables : n’en gardez qu’un.',
  }),
  urlMissingField: (key: string): Localized => localized({
    en: `The address has no {key} parameter (or it is empty): add {key}=… to the address.`,
    fr: `L’adresse n’a pas de paramètre {key} (ou il est vide) : ajoutez {key}=… à l’adresse.`,
  }, { key }),
  urlRepeatedParam: (key: string): Localized => localized({
    en: `The address gives the parameter "{key}" more than once: keep only one value.`,
    fr: `L’adresse donne le paramètre « {key} » plusieurs fois : ne gardez qu’une valeur.`,
  }, { key }),
} as const;
