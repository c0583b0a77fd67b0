import type { FieldRole } from '../../fill/editor-spec.js';

/** Word edges that work with accents (`\b` stops at é): no letter or digit on either side. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * What the fields of an unknown DNS form are called, in English and French (labels, placeholders,
 * aria, column headers). Written from the words panels use (registrar-pages.md), not from any
 * site's code. Order inside a role does not matter; roles must not overlap.
 */
export const ROLE_WORDS: Partial<Record<FieldRole, RegExp>> = {
  host: word("host(?:\\s?name)?|hôte|nom(?: d[’']hôte)?|name|sous-?domaine|sub-?domain|alias|record name"),
  value: word('value|valeur|target|cible|points?\\s+to|pointe\\s+vers|answer|réponse|data|données|content|contenu|address|adresse|ipv[46]|text|texte|destination'),
  priority: word('priority|priorité|pref(?:erence)?|préférence|distribution'),
  weight: word('weight|poids'),
  port: word('port'),
  ttl: word('ttl|durée de vie|time to live'),
  service: word('service'),
  protocol: word('proto(?:col|cole)?'),
};

/** Attribute values (`name`, `id`) that say the role outright, tried before any label. */
export const ROLE_NAMES: Partial<Record<FieldRole, readonly string[]>> = {
  host: ['host', 'hostname', 'name', 'subdomain', 'subDomain', 'record_name', 'recordName'],
  value: ['value', 'target', 'content', 'data', 'answer', 'address', 'pointsTo', 'points_to'],
  priority: ['priority', 'prio', 'preference', 'pref'],
  weight: ['weight'],
  port: ['port'],
  ttl: ['ttl'],
  service: ['service'],
  protocol: ['protocol', 'proto'],
};

/** Buttons that save a record form. */
export const SAVE_WORDS = word('save|enregistrer|valider|validate|apply|appliquer|create|créer|add record|ajouter');
/** Buttons that open a row's edit form. */
export const EDIT_WORDS = word('edit|modifier|éditer|change');
/** Column headers of a zone table. */
export const TYPE_HEADER = word('type');
/** A host field's hint asking for full names, without naming the zone (the page reader knows none). */
export const FQDN_WORDS = word('fully[ -]qualified|fqdn|nom de domaine complet|nom complet|pleinement qualifié');
