/**
 * The words of unknown DNS editors, EN and FR, keyed to what people read on buttons and labels
 * (registrar-pages.md), never to one page's ids. Linear-time patterns only: page text is hostile.
 */

/** Word edges that work with accents (`\b` stops at é). */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

const VERB = 'add|new|create|ajouter|nouvel|nouvelle|nouveau|créer';
const THING = 'record(?: set)?|entry|dns record|enregistrement(?: dns)?|entrée|champ';

/** A button that names the add form it opens: "Add record", "+ Record set", « Ajouter une entrée », « Nouvel enregistrement ». */
export const OPENER = new RegExp(`^(?:\\+\\s*)?(?:(?:${VERB})\\s+(?:(?:a|an|new|un|une|dns)\\s+)?(?:${THING})s?|\\+\\s*(?:${THING})s?)$`, 'iu');

/** A bare "Add", "+", « Créer »: an opener only when nothing names the record better. */
export const BARE_OPENER = new RegExp(`^(?:\\+|(?:\\+\\s*)?(?:${VERB}))$`, 'iu');

/** An item of an "Add ▾" menu that stands for a record: "DNS record", « Enregistrement ». */
export const RECORD_ITEM = new RegExp(`^(?:\\+\\s*)?(?:(?:${VERB})\\s+)?(?:(?:a|an|new|un|une|dns)\\s+)?(?:${THING})s?$`, 'iu');

/** Carets and chevrons a menu button draws after its name (▾ ▼ ⌄ › and icon-font glyphs). */
const DISCLOSURE = /[\s\u25b2-\u25bf\u2304\u2335\u23f7\u2228\u02c5\u203a\u00bb>\ue000-\uf8ff]/u;

/** A name without the disclosure glyphs that end it ("Add record ▾" → "Add record"); a character at a time, never backtracking. */
export function withoutDisclosure(name: string): string {
  let end = name.length;
  while (end > 0 && DISCLOSURE.test(name[end - 1]!)) end -= 1;
  return name.slice(0, end);
}

/** A wizard's button to the next step. */
export const NEXT = /^(?:next|continue|suivant|continuer|étape suivante)(?:\s*[›>→])?$/iu;

/** A stage-then-publish page's final button ("Publish changes", « Publier les modifications »). */
export const PUBLISH = word('publish|publier|apply changes|appliquer les modifications|deploy|déployer|submit changes|valider les modifications');

/** Field roles by the words of their label, most specific first (a "Target host name" is a value). */
export const FIELD_WORDS = {
  ttl: word('ttl|durée de vie|time to live'),
  priority: word('priority|priorité|pref(?:erence)?|préférence'),
  weight: word('weight|poids'),
  port: word('port'),
  protocol: word('proto(?:col|cole)?'),
  service: word('service'),
  value: word('value|valeur|target|cible|points? to|pointe vers|direct to|answer|réponse|data|données|content|contenu|address|adresse|ipv[46]|server|serveur|text|texte|destination|alias of|mail ?server'),
  host: word('host ?name|host|hôte|name|nom|sous-domaine|sub-?domain|record name'),
} as const;

/** Text boxes that are not record fields. */
export const SEARCH = word('search|rechercher|recherche|filter|filtrer');

/** A type control's label. */
export const TYPE_LABEL = word('type');

/** Form hints that set the conventions (help texts, suffixes, placeholders). */
export const HINTS = {
  fqdn: word('full(?:y qualified)? name|fully qualified|fqdn|nom complet|nom de domaine complet|pleinement qualifié'),
  blankApex: word('leave (?:it )?(?:empty|blank)|blank for|empty for|laissez(?:-le)? vide|vide pour'),
  finalDot: word('final dot|trailing dot|ends? with a dot|ends? in a dot|point final|finit par un point|termine par un point'),
  quoted: word('quotes?|quoted|guillemets?'),
  /** An error saying quotes are refused: "without quotes", « sans guillemets ». */
  unquoted: word('without (?:the )?quotes|no quotes|sans guillemets'),
} as const;
