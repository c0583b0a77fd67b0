import type { Localized } from '../i18n/lang.js';

/** Why a share code or a setup URL was refused, and what to do about it. */
export const shareMessages = {
  badDomain: (problem: Localized): Localized => ({
    en: `The setup's domain cannot be used: ${problem.en}`,
    fr: `Le domaine de la configuration est inutilisable\u00a0: ${problem.fr}`,
  }),
  empty: {
    en: 'The share code is empty: paste the whole code, starting with DSA2- (or DSA1: for older codes).',
    fr: 'Le code de partage est vide\u00a0: collez le code entier, qui commence par DSA2- (ou DSA1: pour les codes plus anciens).',
  },
  tooLong: (limit: number): Localized => ({
    en: `This text is too long to be a share code (more than ${limit} characters): paste only the code.`,
    fr: `Ce texte est trop long pour être un code de partage (plus de ${limit} caractères)\u00a0: collez seulement le code.`,
  }),
  tooLongToShare: {
    en: 'This setup is too long for a share code (its values hold more than about 1,000 characters): share them another way.',
    fr: 'Cette configuration est trop longue pour un code de partage (ses valeurs dépassent environ 1\u202f000 caractères)\u00a0: transmettez-les autrement.',
  },
  pasteTooLong: (limit: number): Localized => ({
    en: `The pasted text is too long to look for a share code in (more than ${limit} characters): paste only the code, or the message that holds it.`,
    fr: `Le texte collé est trop long pour y chercher un code de partage (plus de ${limit} caractères)\u00a0: collez seulement le code, ou le message qui le contient.`,
  }),
  wrongPrefix: {
    en: 'No share code was found in this text: a code starts with DSA2- (or DSA1: for older codes). Paste the whole code as it was given to you.',
    fr: 'Aucun code de partage dans ce texte\u00a0: un code commence par DSA2- (ou DSA1: pour les codes plus anciens). Collez le code entier tel qu’on vous l’a donné.',
  },
  severalCodes: (count: number): Localized => ({
    en: `This text holds ${count} different share codes: paste only the one to use.`,
    fr: `Ce texte contient ${count} codes de partage différents\u00a0: collez seulement celui à utiliser.`,
  }),
  badEncoding: {
    en: 'This share code is damaged (characters missing or changed). Copy it again from its source.',
    fr: 'Ce code de partage est abîmé (caractères manquants ou modifiés). Copiez-le à nouveau depuis sa source.',
  },
  notACodeCharacter: (position: number, char: string): Localized => ({
    en: `Character ${position} of the code ("${char}") cannot be in a code, which holds only digits and letters other than U: check it with whoever gave you the code.`,
    fr: `Le caractère ${position} du code («\u00a0${char}\u00a0») ne peut pas figurer dans un code, qui ne contient que des chiffres et des lettres autres que U\u00a0: vérifiez-le auprès de la personne qui vous a donné le code.`,
  }),
  tooShort: {
    en: 'This code is too short to hold a setup: characters are missing. Copy it again from its source.',
    fr: 'Ce code est trop court pour contenir une configuration\u00a0: des caractères manquent. Copiez-le à nouveau depuis sa source.',
  },
  checksumWrongAt: (position: number): Localized => {
    const group = Math.ceil(position / 4);
    const rank = ((position - 1) % 4) + 1;
    return {
      en: `The code's checksum does not match: character ${position} looks wrong (the ${['1st', '2nd', '3rd', '4th'][rank - 1]} of group ${group}). Check it with whoever gave you the code.`,
      fr: `Le code de contrôle ne correspond pas\u00a0: le caractère ${position} semble faux (le ${rank === 1 ? '1er' : `${rank}e`} du groupe ${group}). Vérifiez-le auprès de la personne qui vous a donné le code.`,
    };
  },
  checksumSwappedAt: (position: number): Localized => ({
    en: `The code's checksum does not match: characters ${position} and ${position + 1} look swapped. Check them with whoever gave you the code.`,
    fr: `Le code de contrôle ne correspond pas\u00a0: les caractères ${position} et ${position + 1} semblent inversés. Vérifiez-les auprès de la personne qui vous a donné le code.`,
  }),
  checksumMismatch: {
    en: "The code's checksum does not match: characters are missing, extra or wrong. Read the code again from its source.",
    fr: 'Le code de contrôle ne correspond pas\u00a0: des caractères manquent, sont en trop ou sont faux. Relisez le code depuis sa source.',
  },
  newerLayout: {
    en: 'This code was made by a newer version of DNS Setup Assistant: update the extension or the command-line tool, then use the code again.',
    fr: 'Ce code vient d’une version plus récente de DNS Setup Assistant\u00a0: mettez à jour l’extension ou l’outil en ligne de commande, puis utilisez de nouveau le code.',
  },
  badJson: {
    en: 'This share code does not contain a readable setup. Copy it again from its source, or ask for a new one.',
    fr: 'Ce code de partage ne contient pas de configuration lisible. Copiez-le à nouveau depuis sa source, ou demandez-en un nouveau.',
  },
  notAnObject: {
    en: 'This share code does not hold a setup (domain, service, variables). Ask for a new code.',
    fr: 'Ce code de partage ne contient pas de configuration (domaine, service, variables). Demandez un nouveau code.',
  },
  extraKey: (key: string): Localized => ({
    en: `This share code holds an unexpected field "${key}": it was made by another tool or edited. Ask for a new code.`,
    fr: `Ce code de partage contient un champ inattendu «\u00a0${key}\u00a0»\u00a0: il vient d’un autre outil ou a été modifié. Demandez un nouveau code.`,
  }),
  missingField: (key: string): Localized => ({
    en: `This share code has no ${key}, or it is not text. Ask for a new code.`,
    fr: `Ce code de partage n’a pas de champ ${key}, ou ce n’est pas du texte. Demandez un nouveau code.`,
  }),
  varsNotObject: {
    en: 'The variables in this share code are not a list of names and values. Ask for a new code.',
    fr: 'Les variables de ce code de partage ne sont pas une liste de noms et de valeurs. Demandez un nouveau code.',
  },
  badVariableName: (name: string): Localized => ({
    en: `The variable name "${name}" is not valid: names use letters, digits and underscores. Correct it or ask for a new code.`,
    fr: `Le nom de variable «\u00a0${name}\u00a0» n’est pas valide\u00a0: les noms s’écrivent avec des lettres, des chiffres et des tirets bas. Corrigez-le ou demandez un nouveau code.`,
  }),
  hiddenCharacter: (field: string, shown: string): Localized => ({
    en: `The ${field} in this share code holds an invisible or control character (${shown}): ask for a new code.`,
    fr: `Le champ ${field} de ce code de partage contient un caractère invisible ou de contrôle (${shown})\u00a0: demandez un nouveau code.`,
  }),
  variableNotText: (name: string): Localized => ({
    en: `The variable "${name}" in this share code is not text. Ask for a new code.`,
    fr: `La variable «\u00a0${name}\u00a0» de ce code de partage n’est pas du texte. Demandez un nouveau code.`,
  }),
  // Setups given as URL parameters (popup.html?domain=…&service=…&<variable>=…).
  urlMixesCodeAndFields: {
    en: 'The address gives both a share code and a domain, service or variables: keep only one of them.',
    fr: 'L’adresse donne à la fois un code de partage et un domaine, un service ou des variables\u00a0: n’en gardez qu’un.',
  },
  urlMissingField: (key: string): Localized => ({
    en: `The address has no ${key} parameter (or it is empty): add ${key}=… to the address.`,
    fr: `L’adresse n’a pas de paramètre ${key} (ou il est vide)\u00a0: ajoutez ${key}=… à l’adresse.`,
  }),
  urlRepeatedParam: (key: string): Localized => ({
    en: `The address gives the parameter "${key}" more than once: keep only one value.`,
    fr: `L’adresse donne le paramètre «\u00a0${key}\u00a0» plusieurs fois\u00a0: ne gardez qu’une valeur.`,
  }),
} as const;
