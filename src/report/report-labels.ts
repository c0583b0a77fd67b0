import { format, type Message } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

/** The diagnostic report's own words: it is pasted into tickets, so it cannot use the browser's i18n. */
export const REPORT_LABELS = {
  title: { en: 'DNS check report', fr: 'Rapport de vérification DNS' },
  domain: { en: 'Domain', fr: 'Domaine' },
  service: { en: 'Service', fr: 'Service' },
  checkedAt: { en: 'Checked at', fr: 'Vérifié le' },
  version: { en: 'DNS Setup Assistant version', fr: 'Version de DNS Setup Assistant' },
  variables: { en: 'Variables', fr: 'Variables' },
  resolvers: { en: 'Resolvers', fr: 'Résolveurs' },
  nameservers: { en: 'Name servers (where the zone is edited)', fr: 'Serveurs de noms (où la zone se modifie)' },
  noNameservers: { en: 'none found', fr: 'aucun trouvé' },
  summary: { en: 'Summary', fr: 'Résumé' },
  records: { en: 'Records', fr: 'Enregistrements' },
  recordsChecked: { en: 'Records checked', fr: 'Enregistrements vérifiés' },
  noRecords: { en: 'No record was checked.', fr: 'Aucun enregistrement n’a été vérifié.' },
  expected: { en: 'Expected', fr: 'Attendu' },
  unexpectedRecord: { en: 'none (this record conflicts with the setup)', fr: 'aucun (cet enregistrement est en conflit avec la configuration)' },
  found: { en: 'Found', fr: 'Trouvé' },
  nothing: { en: 'nothing', fr: 'rien' },
  error: { en: 'error', fr: 'erreur' },
  whatToDo: { en: 'What to do', fr: 'Que faire' },
  note: { en: 'Note', fr: 'Remarque' },
  ttl: { en: 'TTL (an old answer may stay cached this long)', fr: 'TTL (une ancienne réponse peut rester en cache aussi longtemps)' },
  seconds: { en: 's', fr: 's' },
  resolversDisagree: {
    en: 'Resolvers disagree: a change is probably still propagating.',
    fr: 'Les résolveurs ne sont pas d’accord : une modification est sans doute encore en cours de propagation.',
  },
  authenticated: { en: 'DNSSEC: answers authenticated', fr: 'DNSSEC : réponses authentifiées' },
} as const satisfies Record<string, Message>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export function reportLabel(key: ReportLabel, lang: Lang): string {
  return format(lang, REPORT_LABELS[key]);
}
