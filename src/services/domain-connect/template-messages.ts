import { localized } from '../../i18n/format.js';
import { typeset } from '../../i18n/typeset.js';
import type { Localized } from '../../i18n/lang.js';
import EXPECTATION_WORDS from './expectation-words.json';

/** What a template file or its application can get wrong, each a sentence saying what to do. */
export const templateMessages = {
  tooLarge: (bytes: number, max: number): Localized => localized({
    en: `The template file is {bytes} bytes; a Domain Connect template is a few kilobytes (at most {max}): choose the template's .json file.`,
    fr: `Le fichier de modèle fait {bytes} octets ; un modèle Domain Connect fait quelques kilo-octets (au plus {max}) : choisissez le fichier .json du modèle.`,
  }, { bytes, max }),
  notJson: (): Localized => localized({
    en: 'The template is not valid JSON: choose the providerId.serviceId.json file of a Domain Connect template.',
    fr: 'Le modèle n’est pas du JSON valide : choisissez le fichier providerId.serviceId.json d’un modèle Domain Connect.',
  }),
  notObject: (where: Where): Localized => localized({
    en: `{where} is not a JSON object: a Domain Connect template is one object with providerId, serviceId and records.`,
    fr: `{where} n’est pas un objet JSON : un modèle Domain Connect est un objet avec providerId, serviceId et records.`,
  }, { where }),
  missing: (where: Where, field: string): Localized => localized({
    en: `{where} has no "{field}": add it, as the Domain Connect spec requires.`,
    fr: `{where} n’a pas de « {field} » : ajoutez-le, la spécification Domain Connect l’exige.`,
  }, { where, field }),
  wrongKind: (where: Where, field: string, expected: Localized): Localized => localized({
    en: `In {where}, "{field}" must be {expected}.`,
    fr: `Dans {where}, « {field} » doit être {expected}.`,
  }, { where: inSentence(where), field, expected }),
  tooLong: (where: Where, field: string, max: number): Localized => localized({
    en: `In {where}, "{field}" is longer than {max} characters: shorten it.`,
    fr: `Dans {where}, « {field} » dépasse {max} caractères : raccourcissez-le.`,
  }, { where: inSentence(where), field, max }),
  unsafe: (where: Where, field: string): Localized => localized({
    en: `In {where}, "{field}" holds control or invisible characters: remove them.`,
    fr: `Dans {where}, « {field} » contient des caractères de contrôle ou invisibles : supprimez-les.`,
  }, { where: inSentence(where), field }),
  badVariable: (where: Where, field: string): Localized => localized({
    en: `In {where}, "{field}" has a % without its partner or a variable name other than letters, digits, - and _: write variables as %name%.`,
    fr: `Dans {where}, « {field} » a un % sans son pendant ou un nom de variable fait d’autre chose que lettres, chiffres, - et _ : écrivez les variables %nom%.`,
  }, { where: inSentence(where), field }),
  badId: (field: string, value: string): Localized => localized({
    en: `{field} "{value}" may hold only letters, digits, dots, - and _ (64 at most).`,
    fr: `{field} « {value} » ne peut contenir que des lettres, chiffres, points, - et _ (64 au plus).`,
  }, { field, value }),
  noRecords: (): Localized => localized({
    en: 'The template has no records: a Domain Connect template lists the records to write.',
    fr: 'Le modèle n’a aucun enregistrement : un modèle Domain Connect liste les enregistrements à écrire.',
  }),
  tooManyRecords: (max: number): Localized => localized({
    en: `The template has more than {max} records; no e-mail service needs that many: check the file.`,
    fr: `Le modèle a plus de {max} enregistrements ; aucun service de messagerie n’en demande autant : vérifiez le fichier.`,
  }, { max }),
  prefixMissing: (where: Where): Localized => localized({
    en: `{where} has txtConflictMatchingMode "Prefix" but no txtConflictMatchingPrefix: add the prefix.`,
    fr: `{where} a txtConflictMatchingMode « Prefix » mais pas de txtConflictMatchingPrefix : ajoutez le préfixe.`,
  }, { where }),
  more: (count: number): Localized => localized({
    en: { one: '…and {count} more problem.', other: '…and {count} more problems.' },
    fr: { one: '…et {count} autre problème.', other: '…et {count} autres problèmes.' },
  }, { count }),
};

/** "Record 3 (MX)" → "record 3 (MX)", inside a sentence. */
function inSentence(where: Where): Localized {
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return { en: lowerFirst(where.en), fr: lowerFirst(where.fr) };
}

/** "The template" or "Record 3 (MX)": where a problem is, at the start of a sentence. */
export type Where = Localized;

export function templateWhere(): Where {
  return localized({ en: 'The template', fr: 'Le modèle' });
}

export function recordWhere(index: number, type: unknown): Where {
  const shown = typeof type === 'string' && /^[A-Za-z0-9]{1,16}$/.test(type) ? ` (${type})` : '';
  return localized({ en: `Record {position}{shown}`, fr: `L’enregistrement {position}{shown}` }, { position: String(index + 1), shown });
}

export const expectations = typeset(EXPECTATION_WORDS satisfies Record<string, Localized>);
