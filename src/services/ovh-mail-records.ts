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

/** `mx<first>.<domain>`, `mx<first+1>.<domain>`… with these priorities, in order. */
function mxSeries(domain: string, first: number, priorities: readonly number[], when: Record<string, readonly string[]>, source: string): TemplateRecord[] {
  return priorities.map((priority, index) => mx(priority, `mx${first + index}.${domain}.`, when, source));
}

/** The guide's five MX records for the region: mx0 to mx4, priorities 1, 5, 50, 100 and 200. */
export const OVH_MX_RECORDS: TemplateRecord[] = [
  ...mxSeries('mail.ovh.net', 0, [1, 5, 50, 100, 200], EU, MX_GUIDE),
  ...mxSeries('mail.ovh.ca', 0, [1, 5, 50, 100, 200], CA, MX_GUIDE),
];

/**
 * The control panel's auto-configuration writes four MX records (mx0 to mx3 in Europe, mx1 to
 * mx4 in Canada, priorities 1, 5, 50 and 100): a zone holding them is correct too.
 */
export const OVH_PANEL_MX: AlternativeSet = {
  groupId: 'mx',
  note: {
    en: "The zone holds the control panel's own MX set (4 records), which is correct too.",
    fr: 'La zone contient le jeu de MX de l’espace client (4 enregistrements), qui est correct lui aussi.',
  },
  records: [...mxSeries('mail.ovh.net', 0, [1, 5, 50, 100], EU, MX_PANEL), ...mxSeries('mail.ovh.ca', 1, [1, 5, 50, 100], CA, MX_PANEL)],
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
