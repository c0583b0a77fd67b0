import { typeset } from '../i18n/typeset.js';
import type { ServiceTemplate } from './types.js';

const MS_DOC =
  'MicrosoftDocs/microsoft-365-docs microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider.md';

export const microsoft365: ServiceTemplate = typeset({
  id: 'microsoft-365',
  name: 'Microsoft 365',
  provider: 'Microsoft',
  description: {
    en: 'Exchange Online in a Microsoft 365 tenant: verification, MX, autodiscover, SPF and, once the tenant gives its targets, DKIM.',
    fr: 'Exchange Online dans un tenant Microsoft 365 : vérification, MX, autodiscover, SPF et, une fois les cibles données par le tenant, DKIM.',
  },
  variables: [
    {
      name: 'mx', label: { en: 'Tenant MX host', fr: 'Hôte MX du tenant' }, kind: 'hostname', required: true, example: 'example-com.mail.protection.outlook.com',
      description: { en: "The tenant's MX host, as the admin center shows it (…mail.protection.outlook.com).", fr: 'L’hôte MX du tenant, tel que le centre d’administration l’affiche (…mail.protection.outlook.com).' },
    },
    {
      name: 'verify', label: { en: 'Verification value', fr: 'Valeur de vérification' }, kind: 'ms-verify', required: true, example: 'MS=ms12345678',
      description: { en: 'The verification TXT value, MS=ms followed by digits.', fr: 'La valeur TXT de vérification, MS=ms suivi de chiffres.' },
    },
    // DKIM: the selector names are fixed (selector1, selector2), their targets are the tenant's own
    // (facts doc: "values given by the tenant"); optional, so a setup without them stays complete.
    ...[1, 2].map((n) => ({
      name: `dkim_target${n}`, label: { en: `DKIM target ${n}`, fr: `Cible DKIM ${n}` }, kind: 'hostname' as const, required: false,
      example: `selector${n}-example-com._domainkey.example.onmicrosoft.com`,
      description: {
        en: `Target of the selector${n}._domainkey CNAME, copied exactly from the Microsoft 365 admin center.`,
        fr: `Cible du CNAME selector${n}._domainkey, recopiée telle quelle depuis le centre d’administration Microsoft 365.`,
      },
    })),
  ],
  records: [
    { type: 'TXT', host: '@', data: '%verify%', ttl: 3600, source: MS_DOC, groupId: 'verification', essential: 'OnApply' },
    { type: 'MX', host: '@', pointsTo: '%mx%.', priority: 0, ttl: 3600, source: MS_DOC, groupId: 'mx', essential: 'Always' },
    { type: 'CNAME', host: 'autodiscover', pointsTo: 'autodiscover.outlook.com.', ttl: 3600, source: MS_DOC, groupId: 'autodiscover' },
    { type: 'SPFM', host: '@', spfRules: 'include:spf.protection.outlook.com', spfAll: '-all', ttl: 3600, source: MS_DOC, groupId: 'spf' },
    { type: 'CNAME', host: 'selector1._domainkey', pointsTo: '%dkim_target1%.', ttl: 3600, source: MS_DOC, groupId: 'dkim' },
    { type: 'CNAME', host: 'selector2._domainkey', pointsTo: '%dkim_target2%.', ttl: 3600, source: MS_DOC, groupId: 'dkim' },
  ],
});
