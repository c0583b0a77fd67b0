import type { Lang } from '../i18n/lang.js';

/** Words of the CLI's tables (the diagnostic report has its own, in src/report/). */
const LABELS = {
  type: { en: 'TYPE', fr: 'TYPE' },
  name: { en: 'NAME', fr: 'NOM' },
  ttl: { en: 'TTL', fr: 'TTL' },
  value: { en: 'VALUE', fr: 'VALEUR' },
  status: { en: 'STATUS', fr: 'ÉTAT' },
  expected: { en: 'EXPECTED', fr: 'ATTENDU' },
  found: { en: 'FOUND', fr: 'TROUVÉ' },
  variable: { en: 'VARIABLE', fr: 'VARIABLE' },
  required: { en: 'REQUIRED', fr: 'OBLIGATOIRE' },
  example: { en: 'e.g.', fr: 'ex.\u00a0:' },
  description: { en: 'DESCRIPTION', fr: 'DESCRIPTION' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  default: { en: 'default', fr: 'par défaut' },
  notes: { en: 'Notes', fr: 'Remarques' },
  domain: { en: 'Domain', fr: 'Domaine' },
  service: { en: 'Service', fr: 'Service' },
  nameservers: { en: 'Name servers (edit the zone there)', fr: 'Serveurs de noms (la zone se modifie là)' },
  noNameservers: { en: 'none found', fr: 'aucun trouvé' },
  resolvers: { en: 'Resolvers', fr: 'Résolveurs' },
  zone: { en: 'Zone', fr: 'Zone' },
  dnsHost: { en: 'DNS host', fr: 'Hébergeur DNS' },
  dnsPage: { en: 'DNS page', fr: 'Page DNS' },
  domainConnect: { en: 'Domain Connect', fr: 'Domain Connect' },
  nothing: { en: '(nothing)', fr: '(rien)' },
  none: { en: '(none: conflicts)', fr: '(aucun\u00a0: conflit)' },
  error: { en: 'error', fr: 'erreur' },
  disagree: { en: 'resolvers disagree (propagation in progress?)', fr: 'les résolveurs ne sont pas d’accord (propagation en cours\u202f?)' },
  retryAfter: { en: 'Check again after', fr: 'Revérifiez après' },
  cacheTtl: { en: 'an old answer may stay cached that long after a fix', fr: 'une ancienne réponse peut rester en cache aussi longtemps après une correction' },
} as const;

export type CliLabel = keyof typeof LABELS;

export function cliLabel(key: CliLabel, lang: Lang): string {
  return LABELS[key][lang];
}
