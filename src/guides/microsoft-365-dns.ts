import { typeset } from '../i18n/typeset.js';
import { SPF_TXT } from './check-matches.js';
import { EDITOR_PAGE_KINDS } from './registrar-guide.js';
import type { Guide } from './types.js';
import { withWords } from './guide-words.js';
import MICROSOFT_365_WORDS from './microsoft-365-dns-words.json';

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
export const microsoft365Dns: Guide = typeset(withWords(MICROSOFT_365_WORDS, {
  id: 'microsoft-365-dns',
  kind: 'service',
  services: ['microsoft-365'],
  source: 'docs/email-dns-facts.md (Microsoft 365: MicrosoftDocs microsoft-365-docs, create DNS records at any DNS hosting provider); catalog microsoft-365',
  steps: [
    {
      id: 'tenant-values',
      // The tenant's two records answering as expected prove the values were found and entered.
      doneWhenChecked: [{ type: 'TXT', expected: /^"?MS=ms/i }, { type: 'MX' }],
    },
    {
      id: 'verify-domain',
      pageKinds: EDITOR_PAGE_KINDS,
      // The check writes TXT values quoted (zone-file presentation).
      doneWhenChecked: [{ type: 'TXT', expected: /^"?MS=ms/i }],
    },
    { id: 'mx', pageKinds: EDITOR_PAGE_KINDS, doneWhenChecked: [{ type: 'MX' }] },
    {
      id: 'autodiscover',
      pageKinds: EDITOR_PAGE_KINDS,
      doneWhenChecked: [{ type: 'CNAME', name: /^autodiscover\./i }],
    },
    { id: 'spf', pageKinds: EDITOR_PAGE_KINDS, doneWhenChecked: [SPF_TXT] },
    {
      id: 'dkim',
      pageKinds: EDITOR_PAGE_KINDS,
      // The check has DKIM rows once the user gives the tenant's targets (dkim_target1/2).
      doneWhenChecked: [{ type: 'CNAME', name: /^selector[12]\._domainkey\./i }],
    },
  ],
}));
