import type { ServiceTemplate } from './types.js';

const MS_DOC =
  'MicrosoftDocs/microsoft-365-docs microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider.md';

export const microsoft365: ServiceTemplate = {
  id: 'microsoft-365',
  name: 'Microsoft 365',
  provider: 'Microsoft',
  description: {
    en: "Exchange Online in a Microsoft 365 tenant: verification, MX, autodiscover and SPF.",
    fr: 'Exchange Online dans un tenant Microsoft 365 : vérification, MX, autodiscover et SPF.',
  },
  variables: [
    {
      name: 'mx', label: { en: 'Tenant MX host', fr: 'Hôte MX du tenant' }, kind: 'hostname', required: true, example: 'example-com.mail.protection.outlook.com',
      description: { en: "The tenant's MX host, as the admin center shows it (…mail.protection.outlook.com).", fr: "L'hôte MX du tenant, tel que le centre d'administration l'affiche (…mail.protection.outlook.com)." },
    },
    {
      name: 'verify', label: { en: 'Verification value', fr: 'Valeur de vérification' }, kind: 'ms-verify', required: true, example: 'MS=ms12345678',
      description: { en: 'The verification TXT value, MS=ms followed by digits.', fr: 'La valeur TXT de vérification, MS=ms suivi de chiffres.' },
    },
  ],
  records: [
    { type: 'TXT', host: '@', data: '%verify%', ttl: 3600, source: MS_DOC, groupId: 'verification', essential: 'OnApply' },
    { type: 'MX', host: '@', pointsTo: '%mx%.', priority: 0, ttl: 3600, source: MS_DOC, groupId: 'mx', essential: 'Always' },
    { type: 'CNAME', host: 'autodiscover', pointsTo: 'autodiscover.outlook.com.', ttl: 3600, source: MS_DOC, groupId: 'autodiscover' },
    { type: 'SPFM', host: '@', spfRules: 'include:spf.protection.outlook.com', spfAll: '-all', ttl: 3600, source: MS_DOC, groupId: 'spf' },
  ],
};
