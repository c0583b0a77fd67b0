import type { Localized } from '../../i18n/lang.js';

/** What a template file or its application can get wrong, each a sentence saying what to do. */
export const templateMessages = {
  tooLarge: (bytes: number, max: number): Localized => ({
    en: `The template file is ${bytes} bytes; a Domain Connect template is a few kilobytes (at most ${max}): choose the template's .json file.`,
    fr: `Le fichier de modèle fait ${bytes}\u00a0octets\u202f; un modèle Domain Connect fait quelques kilo-octets (au plus ${max})\u00a0: choisissez le fichier .json du modèle.`,
  }),
  notJson: (): Localized => ({
    en: 'The template is not valid JSON: choose the providerId.serviceId.json file of a Domain Connect template.',
    fr: 'Le modèle n’est pas du JSON valide\u00a0: choisissez le fichier providerId.serviceId.json d’un modèle Domain Connect.',
  }),
  notObject: (where: Where): Localized => ({
    en: `${where.en} is not a JSON object: a Domain Connect template is one object with providerId, serviceId and records.`,
    fr: `${where.fr} n’est pas un objet JSON\u00a0: un modèle Domain Connect est un objet avec providerId, serviceId et records.`,
  }),
  missing: (where: Where, field: string): Localized => ({
    en: `${where.en} has no "${field}": add it, as the Domain Connect spec requires.`,
    fr: `${where.fr} n’a pas de «\u00a0${field}\u00a0»\u00a0: ajoutez-le, la spécification Domain Connect l’exige.`,
  }),
  wrongKind: (where: Where, field: string, expected: Localized): Localized => ({
    en: `In ${lowerFirst(where.en)}, "${field}" must be ${expected.en}.`,
    fr: `Dans ${lowerFirst(where.fr)}, «\u00a0${field}\u00a0» doit être ${expected.fr}.`,
  }),
  tooLong: (where: Where, field: string, max: number): Localized => ({
    en: `In ${lowerFirst(where.en)}, "${field}" is longer than ${max} characters: shorten it.`,
    fr: `Dans ${lowerFirst(where.fr)}, «\u00a0${field}\u00a0» dépasse ${max}\u00a0caractères\u00a0: raccourcissez-le.`,
  }),
  unsafe: (where: Where, field: string): Localized => ({
    en: `In ${lowerFirst(where.en)}, "${field}" holds control or invisible characters: remove them.`,
    fr: `Dans ${lowerFirst(where.fr)}, «\u00a0${field}\u00a0» contient des caractères de contrôle ou invisibles\u00a0: supprimez-les.`,
  }),
  badVariable: (where: Where, field: string): Localized => ({
    en: `In ${lowerFirst(where.en)}, "${field}" has a % without its partner or a variable name other than letters, digits, - and _: write variables as %name%.`,
    fr: `Dans ${lowerFirst(where.fr)}, «\u00a0${field}\u00a0» a un % sans son pendant ou un nom de variable fait d’autre chose que lettres, chiffres, - et _\u00a0: écrivez les variables %nom%.`,
  }),
  badId: (field: string, value: string): Localized => ({
    en: `${field} "${value}" may hold only letters, digits, dots, - and _ (64 at most).`,
    fr: `${field} «\u00a0${value}\u00a0» ne peut contenir que des lettres, chiffres, points, - et _ (64 au plus).`,
  }),
  noRecords: (): Localized => ({
    en: 'The template has no records: a Domain Connect template lists the records to write.',
    fr: 'Le modèle n’a aucun enregistrement\u00a0: un modèle Domain Connect liste les enregistrements à écrire.',
  }),
  tooManyRecords: (max: number): Localized => ({
    en: `The template has more than ${max} records; no e-mail service needs that many: check the file.`,
    fr: `Le modèle a plus de ${max}\u00a0enregistrements\u202f; aucun service de messagerie n’en demande autant\u00a0: vérifiez le fichier.`,
  }),
  prefixMissing: (where: Where): Localized => ({
    en: `${where.en} has txtConflictMatchingMode "Prefix" but no txtConflictMatchingPrefix: add the prefix.`,
    fr: `${where.fr} a txtConflictMatchingMode «\u00a0Prefix\u00a0» mais pas de txtConflictMatchingPrefix\u00a0: ajoutez le préfixe.`,
  }),
  more: (count: number): Localized => ({
    en: `…and ${count} more problems.`,
    fr: `…et ${count}\u00a0autres problèmes.`,
  }),
};

/** "Record 3 (MX)" → "record 3 (MX)", inside a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "The template" or "Record 3 (MX)": where a problem is, at the start of a sentence. */
export type Where = Localized;

export function templateWhere(): Where {
  return { en: 'The template', fr: 'Le modèle' };
}

export function recordWhere(index: number, type: unknown): Where {
  const shown = typeof type === 'string' && /^[A-Za-z0-9]{1,16}$/.test(type) ? ` (${type})` : '';
  return { en: `Record ${index + 1}${shown}`, fr: `L’enregistrement ${index + 1}${shown}` };
}

export const expectations = {
  text: { en: 'text', fr: 'du texte' },
  flag: { en: 'true or false', fr: 'true ou false' },
  number: { en: 'a whole number, or text holding one %variable%', fr: 'un nombre entier, ou un texte contenant une seule %variable%' },
  essential: { en: 'Always or OnApply', fr: 'Always ou OnApply' },
  conflictMode: { en: 'None, All or Prefix', fr: 'None, All ou Prefix' },
  list: { en: 'a list of records', fr: 'une liste d’enregistrements' },
} satisfies Record<string, Localized>;
