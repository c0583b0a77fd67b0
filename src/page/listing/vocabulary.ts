/**
 * The words of DNS zone listings, in English and French: what their column headers, inline
 * labels and apex markers say (registrar-pages.md, the panels' own help pages). Data only; the
 * listing readers match them, never a site's ids or classes.
 */

/** Word edges that work with accents (`\b` stops at é): no letter or digit on either side. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** Every type a zone may list: the model's six and the others panels show beside them (NS, SOA…). */
export const LISTED_TYPES = new Set([
  'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'NS', 'SOA', 'CAA', 'PTR', 'ALIAS', 'ANAME', 'DS', 'DNSKEY', 'TLSA',
  'HTTPS', 'SVCB', 'NAPTR', 'SSHFP', 'DNAME', 'LOC', 'SPF', 'URI', 'CERT', 'HINFO', 'SMIMEA', 'OPENPGPKEY', 'DKIM', 'DMARC', 'URL', 'FWD',
]);

/** A listed field: what a column header or an inline label calls it. Checked in this order. */
export const LISTING_ROLES = ['type', 'ttl', 'priority', 'weight', 'port', 'service', 'protocol', 'host', 'value'] as const;
export type ListingRole = (typeof LISTING_ROLES)[number];

export const ROLE_HEADERS: Record<ListingRole, RegExp> = {
  type: word('type|record type|type d[’\']enregistrement|rrtype'),
  ttl: word('ttl|durée de vie|time to live|durée'),
  priority: word('priority|priorité|pref(?:erence)?|préférence|prio'),
  weight: word('weight|poids'),
  port: word('port'),
  service: word('service'),
  protocol: word('proto(?:col|cole)?'),
  host: word('host(?:\\s?name)?|hôte|nom|name|sous-?domaine|sub-?domain|domaine|domain|record name|owner|propriétaire|entrée|entry|alias|champ|field'),
  value: word('value|valeur|target|cible|points?\\s+to|pointe\\s+vers|answer|réponse|data|données|content|contenu|address|adresse|destination|enregistrement|record|rdata|text|texte|server|serveur'),
};

/** How the apex is listed besides `@` and an empty cell. */
export const APEX_MARKERS = /^[([]?\s*(?:racine|root|apex|zone apex|domaine|domain|sommet|origine|origin)\s*[)\]]?$/iu;

/**
 * A heading that names a DNS editor ("DNS records", « Zone DNS », « Enregistrements DNS », "Record
 * sets"): a phrase, not the bare word "DNS" a help article or a menu shows too.
 */
export const DNS_HEADING = word('dns\\s+(?:records?|zones?|management|settings|entries|editor)|zones?\\s+(?:dns|file|editor|records)|(?:enregistrements|entrées)\\s+dns|éditeur de zone|gestion (?:de la zone|dns|des dns)|record\\s?sets?|resource records');

/** The title of a stage-then-publish page's list of changes not yet live ("Pending changes", « Modifications en attente »). */
export const PENDING_HEADING = word('pending(?:\\s+changes)?|staged\\s+changes|unpublished(?:\\s+changes)?|changes\\s+to\\s+publish|not\\s+yet\\s+published|en\\s+attente|non\\s+publiée?s|à\\s+publier|modifications\\s+non\\s+appliquées');

/** Units a listing writes TTLs in, in seconds (`1 hour`, « 4 heures », `30 min`, `1d`). */
export const TTL_UNITS: readonly [RegExp, number][] = [
  [/^(?:s|secs?|seconds?|secondes?)$/iu, 1],
  [/^(?:m|mins?|minutes?|mn)$/iu, 60],
  [/^(?:h|hrs?|hours?|heures?)$/iu, 3600],
  [/^(?:d|days?|j|jours?)$/iu, 86400],
  [/^(?:w|weeks?|semaines?)$/iu, 604800],
];
