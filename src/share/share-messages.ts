import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

/** Why a share code or a setup URL was refused, and what to do about it. */
export const shareMessages = {
  badDomain: (problem: Localized): Localized => localized({
    en: 'The setup’s domain cannot be used: {problem}',
    fr: 'Le domaine de la configuration est inutilisable : {problem}',
  }, { problem }),
  empty: localized({
    en: 'The share code is empty: paste the whole code, starting with DSA2- (or DSA1: for older codes).',
    fr: 'Le code de partage est vide : collez le code entier, qui commence par DSA2- (ou DSA1: pour les codes plus anciens).',
  }),
  tooLong: (limit: number): Localized => localized({
    en: `This text is too long to be a share code (more than {limit} characters): paste only the code.`,
    fr: `Ce texte est trop long pour être un code de partage (plus de {limit} caractères) : collez seulement le code.`,
  }, { limit }),
  tooLongToShare: localized({
    en: 'This setup is too long for a share code (its values hold more than about 1,000 characters): share them another way.',
    fr: 'Cette configuration est trop longue pour un code de partage (ses valeurs dépassent environ 1 000 caractères) : transmettez-les autrement.',
  }),
  pasteTooLong: (limit: number): Localized => localized({
    en: `The pasted text is too long to look for a share code in (more than {limit} characters): paste only the code, or the message that holds it.`,
    fr: `Le texte collé est trop long pour y chercher un code de partage (plus de {limit} caractères) : collez seulement le code, ou le message qui le contient.`,
  }, { limit }),
  wrongPrefix: localized({
    en: 'No share code was found in this text: a code starts with DSA2- (or DSA1: for older codes). Paste the whole code as it was given to you.',
    fr: 'Aucun code de partage dans ce texte : un code commence par DSA2- (ou DSA1: pour les codes plus anciens). Collez le code entier tel qu’on vous l’a donné.',
  }),
  severalCodes: (count: number): Localized => localized({
    en: `This text holds {count} different share codes: paste only the one to use.`,
    fr: `Ce texte contient {count} codes de partage différents : collez seulement celui à utiliser.`,
  }, { count }),
  badEncoding: localized({
    en: 'This share code is damaged (characters missing or changed). Copy it again from its source.',
    fr: 'Ce code de partage est abîmé (caractères manquants ou modifiés). Copiez-le à nouveau depuis sa source.',
  }),
  notACodeCharacter: (position: number, char: string): Localized => localized({
    en: `Character {position} of the code ("{char}") cannot be in a code, which holds only digits and letters other than U: check it with whoever gave you the code.`,
    fr: `Le caractère {position} du code (« {char} ») ne peut pas figurer dans un code, qui ne contient que des chiffres et des lettres autres que U : vérifiez-le auprès de la personne qui vous a donné le code.`,
  }, { position: String(position), char }),
  tooShort: localized({
    en: 'This code is too short to hold a setup: characters are missing. Copy it again from its source.',
    fr: 'Ce code est trop court pour contenir une configuration : des caractères manquent. Copiez-le à nouveau depuis sa source.',
  }),
  checksumWrongAt: (position: number): Localized => {
    const rank = ((position - 1) % 4) + 1;
    // Positions, not quantities: given as text.
    return localized({
      en: `The code's checksum does not match: character {position} looks wrong (the {rank} of group {group}). Check it with whoever gave you the code.`,
      fr: `Le code de contrôle ne correspond pas : le caractère {position} semble faux (le {rank} du groupe {group}). Vérifiez-le auprès de la personne qui vous a donné le code.`,
    }, {
      position: String(position),
      rank: { en: ['1st', '2nd', '3rd', '4th'][rank - 1]!, fr: rank === 1 ? '1er' : `${rank}e` },
      group: String(Math.ceil(position / 4)),
    });
  },
  checksumSwappedAt: (position: number): Localized => localized({
    en: `The code's checksum does not match: characters {position} and {next} look swapped. Check them with whoever gave you the code.`,
    fr: `Le code de contrôle ne correspond pas : les caractères {position} et {next} semblent inversés. Vérifiez-les auprès de la personne qui vous a donné le code.`,
  }, { position: String(position), next: String(position + 1) }),
  checksumMismatch: localized({
    en: "The code's checksum does not match: characters are missing, extra or wrong. Read the code again from its source.",
    fr: 'Le code de contrôle ne correspond pas : des caractères manquent, sont en trop ou sont faux. Relisez le code depuis sa source.',
  }),
  newerLayout: localized({
    en: 'This code was made by a newer version of DNS Setup Assistant: update the extension or the command-line tool, then use the code again.',
    fr: 'Ce code vient d’une version plus récente de DNS Setup Assistant : mettez à jour l’extension ou l’outil en ligne de commande, puis utilisez de nouveau le code.',
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
  hiddenCharacter: (field: string, shown: string): Localized => localized({
    en: `The {field} in this share code holds an invisible or control character ({shown}): ask for a new code.`,
    fr: `Le champ {field} de ce code de partage contient un caractère invisible ou de contrôle ({shown}) : demandez un nouveau code.`,
  }, { field, shown }),
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
