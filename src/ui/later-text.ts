import { textTable } from '../i18n/format.js';

/**
 * The words of the records list, its copy buttons and the zone file, EN and FR side by side: kept
 * out of ui-text.ts so the first screen's chunk does not carry them (popup JS budget); the check's
 * words are in check-text.ts, the share box's in share-text.ts.
 */
export const laterText = textTable({
  notationFqdn: { en: 'Names are written in full.', fr: 'Les noms sont écrits en entier.' },
  notationRelative: { en: 'Names are written relative to {domain} (@ = the domain itself), as this site expects.', fr: 'Les noms sont relatifs à {domain} (@ = le domaine lui-même), comme ce site l’attend.' },
  fieldType: { en: 'Type', fr: 'Type' },
  fieldName: { en: 'Name', fr: 'Nom' },
  fieldValue: { en: 'Value', fr: 'Valeur' },
  fieldTarget: { en: 'Target', fr: 'Cible' },
  fieldPriority: { en: 'Priority', fr: 'Priorité' },
  fieldWeight: { en: 'Weight', fr: 'Poids' },
  fieldPort: { en: 'Port', fr: 'Port' },
  fieldTtl: { en: 'TTL', fr: 'TTL' },
  copy: { en: 'Copy', fr: 'Copier' },
  copyField: { en: 'Copy {field} of {record}', fr: 'Copier {field} de {record}' },
  zoneHeading: { en: 'Zone file', fr: 'Fichier de zone' },
  zoneCopy: { en: 'Copy zone file', fr: 'Copier le fichier de zone' },
  zoneDownload: { en: 'Download zone file', fr: 'Télécharger le fichier de zone' },
  zoneLabel: { en: 'Zone file lines for {domain}', fr: 'Lignes du fichier de zone pour {domain}' },
});

export type LaterTextKey = keyof typeof laterText.table;
