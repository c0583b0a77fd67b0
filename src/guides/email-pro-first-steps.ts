import { OWNERSHIP_CNAME, SPF_TXT } from './check-matches.js';
import { anyRedBadge, badgeStep, ovhPanelGuide, redBadges } from './ovh-panel.js';
import type { Guide } from './types.js';
import EMAIL_PRO_WORDS from './email-pro-first-steps-words.json';

const GENERAL = ['ovh-email-pro-general'];
const DOMAINS = ['ovh-email-pro-domains'];

/**
 * Email Pro, first steps in the OVHcloud control panel, in our own words. Sourced from
 * docs/email-dns-facts.md: the records (catalog `ovh-email-pro`), the server pro<N>.mail.ovh.net
 * in General information › Connection, the ownership CNAME, the ovhemp<N> DKIM selectors, the
 * mail-app settings, and (facts JSON) the relay server asked when another mail service stays.
 * INFERRED from the Exchange panel (seed 000, facts "Exchange Domaines associés table"): that
 * Email Pro has the same Associated domains tab with "Add a domain" and Diagnostic badges that
 * open the values when red, the DKIM screen's activation, the Email accounts tab and its
 * "@configureme.me" placeholders. The facts doc's own source for Email Pro
 * (ovh/docs email_pro/first_config) describes those screens too, but the doc does not say so yet.
 */
export const emailProFirstSteps: Guide = ovhPanelGuide(EMAIL_PRO_WORDS, {
  id: 'email-pro-first-steps',
  services: ['ovh-email-pro'],
  source: 'docs/email-dns-facts.md (Email Pro: records, server, ownership CNAME, DKIM, mail apps); panel steps inferred from seed 000 (Hosted Exchange)',
  steps: [
    {
      // No page kind of its own: being on any tab of the service proves it is open.
      id: 'open-service',
      doneWhenLater: true,
    },
    { id: 'server-name', pageKinds: GENERAL, doneWhenLater: true },
    {
      id: 'add-domain',
      pageKinds: DOMAINS,
      // Done once the domain has its row (with badges) in the table: it is associated.
      doneWhenBadgesClear: [],
      target: { locator: ['#add-domain', { text: /^(ajouter un domaine|add a domain)$/i }], hint: { en: 'Add your domain here', fr: 'Ajoutez votre domaine ici' } },
    },
    {
      id: 'cname-ownership',
      // The CNAME badge is there only while the proof is awaited: gone or green means done.
      ...badgeStep(DOMAINS, [OWNERSHIP_CNAME], ['CNAME']),
      target: redBadges(['CNAME'], { en: 'Click the red CNAME badge', fr: 'Cliquez sur la pastille rouge CNAME' }),
    },
    {
      id: 'mx-records',
      ...badgeStep(DOMAINS, [{ type: 'MX' }], ['MX']),
      target: redBadges(['MX'], { en: 'Click the red MX badge for the values', fr: 'Cliquez sur la pastille rouge MX pour voir les valeurs' }),
    },
    {
      id: 'srv-autodiscover',
      ...badgeStep(DOMAINS, [{ type: 'SRV' }], ['SRV']),
      target: redBadges(['SRV'], { en: 'Click the red SRV badge for the values', fr: 'Cliquez sur la pastille rouge SRV pour voir les valeurs' }),
    },
    {
      id: 'spf',
      ...badgeStep(DOMAINS, [SPF_TXT], ['SPF']),
      target: redBadges(['SPF'], { en: 'Click the red SPF badge for the value', fr: 'Cliquez sur la pastille rouge SPF pour voir la valeur' }),
    },
    {
      id: 'diagnostic-badges',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }, SPF_TXT], ['MX', 'SRV', 'CNAME', 'SPF', 'DKIM']),
      target: anyRedBadge({ en: 'Red: something to change', fr: 'Rouge : une modification à faire' }, { en: 'No red badge on this page: the panel asks for no change here.', fr: 'Aucune pastille rouge sur cette page : l’espace client ne demande aucune modification ici.' }),
    },
    {
      id: 'dkim',
      pageKinds: ['ovh-email-pro-dkim'],
      // Only the check: a domain row without a DKIM badge says nothing about whether DKIM is set up.
      doneWhenChecked: [{ type: 'CNAME', name: /\._domainkey\./ }],
    },
    {
      id: 'accounts',
      pageKinds: ['ovh-email-pro-accounts'],
      target: { locator: [{ text: /^(modifier|modify)$/i }], hint: { en: 'Edit an account here', fr: 'Modifiez un compte ici' } },
    },
    {
      id: 'mail-apps',
      pageKinds: ['ovh-email-pro-accounts', ...GENERAL],
      seeGuide: { id: 'mail-client-settings', label: { en: 'Open the mail app settings guide', fr: 'Ouvrir le guide des réglages des logiciels' } },
    },
  ],
});
