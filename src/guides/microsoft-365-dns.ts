import { typeset } from '../i18n/typeset.js';
import { SPF_TXT } from './check-matches.js';
import { EDITOR_PAGE_KINDS } from './registrar-guide.js';
import type { Guide } from './types.js';

/**
 * Microsoft 365: the records a domain needs for Exchange Online, in our own words. Sourced from
 * docs/email-dns-facts.md "Microsoft 365" (MicrosoftDocs create-dns-records-at-any-dns-hosting-provider)
 * and the catalog's `microsoft-365` records and variables. The steps happen at the DNS host, so they
 * are marked on any registrar's editor page; how to add a record there is the registrar guide's part.
 * Said from general DNS behaviour, not from the Microsoft page: what autodiscover is for, that a
 * former service's MX keeps part of the mail, that two SPF records fail (RFC 7208, facts doc).
 * The "domain with dashes" MX shape is the facts JSON's "commonly", said as "often"; the MX
 * alternative for verification is its "alt". Left out on purpose, as no source here says it: where
 * in the admin center the records are shown, and how DKIM signing is turned on after the CNAMEs.
 */
export const microsoft365Dns: Guide = typeset({
  id: 'microsoft-365-dns',
  kind: 'service',
  services: ['microsoft-365'],
  source: 'docs/email-dns-facts.md (Microsoft 365: MicrosoftDocs microsoft-365-docs, create DNS records at any DNS hosting provider); catalog microsoft-365',
  title: { en: 'Microsoft 365: the DNS records', fr: 'Microsoft 365 : les enregistrements DNS' },
  summary: {
    en: 'What to create at your DNS host so that Microsoft 365 (Exchange Online) receives and sends the domain\'s mail: verification, MX, autodiscover, SPF and DKIM.',
    fr: 'Ce qu’il faut créer chez votre hébergeur DNS pour que Microsoft 365 (Exchange Online) reçoive et envoie le courrier du domaine : vérification, MX, autodiscover, SPF et DKIM.',
  },
  steps: [
    {
      id: 'tenant-values',
      // The tenant's two records answering as expected prove the values were found and entered.
      doneWhenChecked: [{ type: 'TXT', expected: /^"?MS=ms/i }, { type: 'MX' }],
      title: { en: 'Get your tenant\'s values', fr: 'Relever les valeurs de votre tenant' },
      body: {
        en: 'Two values come from Microsoft and differ for every tenant: the verification value (MS=ms followed by digits) and the MX host, which ends in .mail.protection.outlook.com (or, for domains added since 2025, in .mx.microsoft). The Microsoft 365 admin center shows both; enter them in this extension\'s setup and the records below are written with them.',
        fr: 'Deux valeurs viennent de Microsoft et changent d’un tenant à l’autre : la valeur de vérification (MS=ms suivi de chiffres) et l’hôte MX, qui finit par .mail.protection.outlook.com (ou, pour les domaines ajoutés depuis 2025, par .mx.microsoft). Le centre d’administration Microsoft 365 affiche les deux ; saisissez-les dans la configuration de cette extension et les enregistrements ci-dessous les reprennent.',
      },
    },
    {
      id: 'verify-domain',
      pageKinds: EDITOR_PAGE_KINDS,
      // The check writes TXT values quoted (zone-file presentation).
      doneWhenChecked: [{ type: 'TXT', expected: /^"?MS=ms/i }],
      title: { en: 'Prove the domain is yours (TXT)', fr: 'Prouver que le domaine est à vous (TXT)' },
      body: {
        en: 'At the domain itself (@), create a TXT record whose value is the MS=ms… code Microsoft gave you. Where the DNS host cannot create TXT records, Microsoft also accepts an MX record holding that code, with a low priority.',
        fr: 'Sur le domaine lui-même (@), créez un enregistrement TXT dont la valeur est le code MS=ms… donné par Microsoft. Si l’hébergeur DNS ne permet pas de créer de TXT, Microsoft accepte aussi un enregistrement MX portant ce code, avec une priorité basse.',
      },
    },
    {
      id: 'mx',
      pageKinds: EDITOR_PAGE_KINDS,
      doneWhenChecked: [{ type: 'MX' }],
      title: { en: 'Receive mail: the MX record', fr: 'Recevoir le courrier : l’enregistrement MX' },
      body: {
        en: 'At @, create one MX record with priority 0 pointing to your tenant\'s host, often your domain with dashes for dots: example-com.mail.protection.outlook.com for example.com, or example-com.<letter>-v1.mx.microsoft for domains added since 2025; copy it from the admin center rather than writing it yourself. MX records of a former mail service must go, or part of the mail keeps reaching it.',
        fr: 'Sur @, créez un enregistrement MX de priorité 0 vers l’hôte de votre tenant, souvent votre domaine avec des tirets à la place des points : example-com.mail.protection.outlook.com pour example.com, ou example-com.<lettre>-v1.mx.microsoft pour les domaines ajoutés depuis 2025 ; recopiez-le depuis le centre d’administration plutôt que de l’écrire vous-même. Les MX d’un ancien service e-mail doivent partir, sinon une partie du courrier continue d’y arriver.',
      },
    },
    {
      id: 'autodiscover',
      pageKinds: EDITOR_PAGE_KINDS,
      doneWhenChecked: [{ type: 'CNAME', name: /^autodiscover\./i }],
      title: { en: 'Let mail apps find the server (autodiscover)', fr: 'Laisser les logiciels trouver le serveur (autodiscover)' },
      body: {
        en: 'Create a CNAME record named autodiscover with the target autodiscover.outlook.com. Outlook and other mail apps follow it to set themselves up.',
        fr: 'Créez un enregistrement CNAME nommé autodiscover avec la cible autodiscover.outlook.com. Outlook et les autres logiciels de messagerie le suivent pour se configurer seuls.',
      },
    },
    {
      id: 'spf',
      pageKinds: EDITOR_PAGE_KINDS,
      doneWhenChecked: [SPF_TXT],
      title: { en: 'Authorise Microsoft to send (SPF)', fr: 'Autoriser Microsoft à envoyer (SPF)' },
      body: {
        en: 'The domain needs one TXT record "v=spf1 include:spf.protection.outlook.com -all". If it already has an SPF record, add include:spf.protection.outlook.com to it instead of creating a second one: two SPF records on one name make SPF fail.',
        fr: 'Le domaine a besoin d’un enregistrement TXT « v=spf1 include:spf.protection.outlook.com -all ». S’il a déjà un enregistrement SPF, ajoutez-y include:spf.protection.outlook.com au lieu d’en créer un second : deux enregistrements SPF sur un même nom font échouer le SPF.',
      },
    },
    {
      id: 'dkim',
      pageKinds: EDITOR_PAGE_KINDS,
      // The check has DKIM rows once the user gives the tenant's targets (dkim_target1/2).
      doneWhenChecked: [{ type: 'CNAME', name: /^selector[12]\._domainkey\./i }],
      title: { en: 'Sign your mail (DKIM)', fr: 'Signer votre courrier (DKIM)' },
      body: {
        en: 'Create two CNAME records, selector1._domainkey and selector2._domainkey. Their targets are specific to your tenant: copy them exactly as Microsoft gives them.',
        fr: 'Créez deux enregistrements CNAME, selector1._domainkey et selector2._domainkey. Leurs cibles sont propres à votre tenant : recopiez-les exactement comme Microsoft les donne.',
      },
    },
  ],
});
