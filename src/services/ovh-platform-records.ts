import { typeset } from '../i18n/typeset.js';
import type { TemplateRecord, VariableSpec } from './types.js';

/**
 * What Hosted Exchange and Email Pro share beyond the MX and SPF: the autodiscover SRV, the
 * ownership CNAME and DKIM (data only). The platform values come from the control panel.
 */
const DNS_CONFIG_GUIDE =
  'ovh/docs pages/web_cloud/email_and_collaborative_solutions/common_email_features/email_dns_configuration/guide.fr-fr.md';
const CNAME_GUIDE =
  'ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/exchange_dns_cname/guide.{fr-fr,en-gb}.md; seed 000';
const DKIM_GUIDE = 'ovh/docs pages/web_cloud/domains/dns_zone_dkim/guide.en-gb.md';

/** DKIM: two selectors' CNAMEs, selectors and targets as the control panel shows them (optional). */
export const OVH_DKIM_RECORDS: TemplateRecord[] = [
  { type: 'CNAME', host: '%dkim_selector1%._domainkey', pointsTo: '%dkim_target1%.', ttl: 3600, source: DKIM_GUIDE, groupId: 'dkim' },
  { type: 'CNAME', host: '%dkim_selector2%._domainkey', pointsTo: '%dkim_target2%.', ttl: 3600, source: DKIM_GUIDE, groupId: 'dkim' },
];

export const OVH_PLATFORM_RECORDS: TemplateRecord[] = typeset([
  {
    type: 'SRV', service: '_autodiscover', protocol: '_tcp', name: '@',
    priority: 0, weight: 0, port: 443, target: '%server%.', ttl: 3600,
    source: DNS_CONFIG_GUIDE, groupId: 'autodiscover', essential: 'Always',
  },
  {
    type: 'CNAME', host: '%token%-check', pointsTo: '%cname_target%.', ttl: 3600,
    source: CNAME_GUIDE, groupId: 'ownership', essential: 'OnApply',
    note: {
      en: 'Proves you own the domain; needed only while the control panel asks for it (48 hours).',
      fr: 'Prouve que le domaine vous appartient ; utile tant que l’espace client le demande (48 heures).',
    },
  },
  ...OVH_DKIM_RECORDS,
]);

/**
 * DKIM selectors and targets (optional). `prefix`: the panel names selectors ovhex<N>-… for
 * Exchange, ovhemp<N>-… for Email Pro and ovhmo<N>-… for MX Plan (shared/docs/dns-hosts-and-standards.md,
 * after ovh/docs dns_zone_dkim).
 */
export function dkimVariables(prefix: 'ovhex' | 'ovhemp' | 'ovhmo'): VariableSpec[] {
  return [1, 2].flatMap((n): VariableSpec[] => [
    {
      name: `dkim_selector${n}`, label: { en: `DKIM selector ${n}`, fr: `Sélecteur DKIM ${n}` }, kind: 'dkim-selector', required: false, example: `${prefix}123456-selector${n}`,
      description: { en: `DKIM selector ${n}, as the control panel shows it.`, fr: `Sélecteur DKIM ${n}, tel que l’espace client l’affiche.` },
    },
    {
      name: `dkim_target${n}`, label: { en: `DKIM target ${n}`, fr: `Cible DKIM ${n}` }, kind: 'hostname', required: false,
      example: `${prefix}123456-selector${n}._domainkey.example.com.xx.dkim.mail.ovh.net`,
      description: { en: `Target of DKIM selector ${n}'s CNAME, as the control panel shows it.`, fr: `Cible du CNAME du sélecteur DKIM ${n}, telle que l’espace client l’affiche.` },
    },
  ]);
}

/** `dkimPrefix`: the panel names DKIM selectors ovhex<N>-… for Exchange and ovhemp<N>-… for Email Pro (facts doc). */
export function platformVariables(serverExample: string, serverWhere: { en: string; fr: string }, dkimPrefix: 'ovhex' | 'ovhemp'): VariableSpec[] {
  return typeset([
    {
      name: 'server', label: { en: 'Platform server', fr: 'Serveur de la plateforme' }, kind: 'hostname', required: true, example: serverExample,
      description: {
        en: `The platform's server, the autodiscover SRV target (${serverWhere.en}).`,
        fr: `Le serveur de la plateforme, cible du SRV autodiscover (${serverWhere.fr}).`,
      },
    },
    {
      name: 'token', label: { en: 'Ownership token', fr: 'Jeton de validation' }, kind: 'token', required: false, example: 'ab1cd',
      description: {
        en: 'The ownership token the control panel shows (the part before "-check"); only when it asks for a CNAME.',
        fr: 'Le jeton de validation affiché par l’espace client (la partie avant « -check ») ; seulement s’il demande un CNAME.',
      },
    },
    {
      name: 'cname_target', label: { en: 'Ownership CNAME target', fr: 'Cible du CNAME de validation' }, kind: 'hostname', required: false, default: 'ovh.com.', example: 'ovh.com.',
      description: {
        en: 'Target of the ownership CNAME: ovh.com. (default); resellers use ex-mail.biz.',
        fr: 'Cible du CNAME de validation : ovh.com. (par défaut) ; les revendeurs utilisent ex-mail.biz.',
      },
    },
    ...dkimVariables(dkimPrefix),
  ]);
}
