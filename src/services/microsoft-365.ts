import { typeset } from '../i18n/typeset.js';
import type { ServiceTemplate } from './types.js';

const MS_DOC =
  'MicrosoftDocs/microsoft-365-docs microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider.md';
// The 2026 forms of the MX and DKIM targets, and their sources: microsoft-365-hosts.ts.
const DKIM_DOC = 'MicrosoftDocs/defender-docs defender-office-365/email-authentication-dkim-configure.md (2024-04-08)';

export const microsoft365: ServiceTemplate = typeset({
  id: 'microsoft-365',
  name: 'Microsoft 365',
  provider: 'Microsoft',
  providerDomain: 'microsoft.com',
  description: {
    en: 'Exchange Online in a Microsoft 365 tenant: verification, MX, autodiscover, SPF and, once the tenant gives its targets, DKIM.',
    fr: 'Exchange Online dans un tenant Microsoft 365 : vérification, MX, autodiscover, SPF et, une fois les cibles données par le tenant, DKIM.',
  },
  variables: [
    {
      name: 'mx', label: { en: 'Tenant MX host', fr: 'Hôte MX du tenant' }, kind: 'm365-mx', required: true, example: 'example-com.mail.protection.outlook.com',
      description: {
        en: "The tenant's MX host, copied from the admin center: …mail.protection.outlook.com, or …mx.microsoft for domains added since 2025 (such as example-com.a-v1.mx.microsoft).",
        fr: 'L’hôte MX du tenant, recopié depuis le centre d’administration : …mail.protection.outlook.com, ou …mx.microsoft pour les domaines ajoutés depuis 2025 (comme example-com.a-v1.mx.microsoft).',
      },
    },
    {
      name: 'verify', label: { en: 'Verification value', fr: 'Valeur de vérification' }, kind: 'ms-verify', required: true, example: 'MS=ms12345678',
      description: { en: 'The verification TXT value, MS=ms followed by digits.', fr: 'La valeur TXT de vérification, MS=ms suivi de chiffres.' },
    },
    // DKIM: the selector names are fixed (selector1, selector2), their targets are the tenant's own
    // (facts doc: "values given by the tenant"); optional, so a setup without them stays complete.
    ...[1, 2].map((n) => ({
      name: `dkim_target${n}`, label: { en: `DKIM target ${n}`, fr: `Cible DKIM ${n}` }, kind: 'm365-dkim-target' as const, required: false,
      example: `selector${n}-example-com._domainkey.example.onmicrosoft.com`,
      description: {
        en: `Target of the selector${n}._domainkey CNAME, copied exactly from the Microsoft 365 admin center (…onmicrosoft.com, or …dkim.mail.microsoft for newer tenants).`,
        fr: `Cible du CNAME selector${n}._domainkey, recopiée telle quelle depuis le centre d’administration Microsoft 365 (…onmicrosoft.com, ou …dkim.mail.microsoft pour les tenants récents).`,
      },
    })),
  ],
  records: [
    { type: 'TXT', host: '@', data: '%verify%', ttl: 3600, source: MS_DOC, groupId: 'verification', essential: 'OnApply' },
    { type: 'MX', host: '@', pointsTo: '%mx%.', priority: 0, ttl: 3600, source: MS_DOC, groupId: 'mx', essential: 'Always' },
    { type: 'CNAME', host: 'autodiscover', pointsTo: 'autodiscover.outlook.com.', ttl: 3600, source: MS_DOC, groupId: 'autodiscover' },
    { type: 'SPFM', host: '@', spfRules: 'include:spf.protection.outlook.com', spfAll: '-all', ttl: 3600, source: MS_DOC, groupId: 'spf' },
    { type: 'CNAME', host: 'selector1._domainkey', pointsTo: '%dkim_target1%.', ttl: 3600, source: `${MS_DOC}; ${DKIM_DOC}`, groupId: 'dkim' },
    { type: 'CNAME', host: 'selector2._domainkey', pointsTo: '%dkim_target2%.', ttl: 3600, source: `${MS_DOC}; ${DKIM_DOC}`, groupId: 'dkim' },
  ],
});
