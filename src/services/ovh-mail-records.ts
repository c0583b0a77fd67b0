import { typeset } from '../i18n/typeset.js';
import type { AlternativeSet, TemplateRecord, VariableSpec } from './types.js';

/**
 * Records and variables shared by OVHcloud's mail offers (MX Plan, Email Pro, Hosted Exchange):
 * data only, imported by each service file.
 */
const MX_GUIDE = 'ovh/docs pages/web_cloud/domains/dns_zone_mx/guide.{fr-fr,en-gb,fr-ca,en-ca}.md (2024-02-29)';
const MX_PANEL = 'ovh/manager packages/manager/modules/exchange/src/dashboard/exchange.constants.js EXCHANGE_MX_CONFIG';
const SPF_GUIDE = 'ovh/docs pages/web_cloud/domains/dns_zone_spf/guide.en-gb.md';

const EU = { region: ['eu'] } as const;
const CA = { region: ['ca'] } as const;

function mx(priority: number, target: string, when: Record<string, readonly string[]>, source: string): TemplateRecord {
  return { type: 'MX', host: '@', pointsTo: target, priority, ttl: 3600, when, source, groupId: 'mx', essential: 'Always' };
}

/** The guide's five MX records for the region. */
export const OVH_MX_RECORDS: TemplateRecord[] = [
  mx(1, 'mx0.mail.ovh.net.', EU, MX_GUIDE),
  mx(5, 'mx1.mail.ovh.net.', EU, MX_GUIDE),
  mx(50, 'mx2.mail.ovh.net.', EU, MX_GUIDE),
  mx(100, 'mx3.mail.ovh.net.', EU, MX_GUIDE),
  mx(200, 'mx4.mail.ovh.net.', EU, MX_GUIDE),
  mx(1, 'mx0.mail.ovh.ca.', CA, MX_GUIDE),
  mx(5, 'mx1.mail.ovh.ca.', CA, MX_GUIDE),
  mx(50, 'mx2.mail.ovh.ca.', CA, MX_GUIDE),
  mx(100, 'mx3.mail.ovh.ca.', CA, MX_GUIDE),
  mx(200, 'mx4.mail.ovh.ca.', CA, MX_GUIDE),
];

/** The control panel's auto-configuration writes four MX records: a zone holding them is correct too. */
export const OVH_PANEL_MX: AlternativeSet = {
  groupId: 'mx',
  note: {
    en: "The zone holds the control panel's own MX set (4 records), which is correct too.",
    fr: 'La zone contient le jeu de MX de l’espace client (4 enregistrements), qui est correct lui aussi.',
  },
  records: [
    mx(1, 'mx0.mail.ovh.net.', EU, MX_PANEL),
    mx(5, 'mx1.mail.ovh.net.', EU, MX_PANEL),
    mx(50, 'mx2.mail.ovh.net.', EU, MX_PANEL),
    mx(100, 'mx3.mail.ovh.net.', EU, MX_PANEL),
    mx(1, 'mx1.mail.ovh.ca.', CA, MX_PANEL),
    mx(5, 'mx2.mail.ovh.ca.', CA, MX_PANEL),
    mx(50, 'mx3.mail.ovh.ca.', CA, MX_PANEL),
    mx(100, 'mx4.mail.ovh.ca.', CA, MX_PANEL),
  ],
};

export const OVH_SPF: TemplateRecord[] = [
  { type: 'SPFM', host: '@', spfRules: 'include:mx.ovh.com', spfAll: '~all', when: EU, source: SPF_GUIDE, groupId: 'spf' },
  { type: 'SPFM', host: '@', spfRules: 'include:mx.ovh.ca', spfAll: '~all', when: CA, source: SPF_GUIDE, groupId: 'spf' },
];

export const REGION_VARIABLE: VariableSpec = typeset({
  name: 'region',
  label: { en: 'Region', fr: 'Région' },
  kind: 'region',
  required: false,
  default: 'eu',
  example: 'eu',
  description: {
    en: 'Where the service was ordered: eu (Europe, default) or ca (Canada, also Asia-Pacific).',
    fr: 'Où le service a été commandé : eu (Europe, par défaut) ou ca (Canada, aussi Asie-Pacifique).',
  },
});
