import { typeset } from '../i18n/typeset.js';
import type { TemplateRecord, VariableSpec } from './types.js';

/** Offered by every service: DMARC is independent of the mail provider. */
export const COMMON_VARIABLES: VariableSpec[] = typeset([
  {
    name: 'dmarc', label: { en: 'DMARC policy', fr: 'Politique DMARC' }, kind: 'dmarc', required: false, example: 'v=DMARC1; p=none',
    description: {
      en: 'A DMARC policy for _dmarc; start with v=DMARC1; p=none and tighten once reports look right.',
      fr: 'Une politique DMARC pour _dmarc ; commencez par v=DMARC1; p=none et durcissez quand les rapports sont bons.',
    },
  },
]);

export const COMMON_RECORDS: TemplateRecord[] = [
  { type: 'TXT', host: '_dmarc', data: '%dmarc%', ttl: 3600, source: 'ovh/docs pages/web_cloud/domains/dns_zone_dmarc/guide.en-gb.md', groupId: 'dmarc' },
];
