import { OWNERSHIP_CNAME, SPF_TXT } from './check-matches.js';
import { anyRedBadge, badgeStep, ovhPanelGuide, redBadges } from './ovh-panel.js';
import type { Guide } from './types.js';
import HOSTED_EXCHANGE_WORDS from './hosted-exchange-first-steps-words.json';

const DOMAINS = ['ovh-exchange-domains'];
const WIZARD = ['ovh-exchange-wizard'];

/** Hosted Exchange, first steps in the OVHcloud control panel (facts from seed 000, our own words). */
export const hostedExchangeFirstSteps: Guide = ovhPanelGuide(HOSTED_EXCHANGE_WORDS, {
  id: 'hosted-exchange-first-steps',
  services: ['ovh-hosted-exchange'],
  source: 'seed 000 (OVHcloud, first steps with Hosted Exchange, 2024-09-03)',
  steps: [
    { id: 'open-service', pageKinds: ['ovh-exchange-general'], doneWhenLater: true },
    {
      id: 'wizard-start',
      pageKinds: WIZARD,
      doneWhenLater: true,
      target: { locator: ['#wizard-start', { text: /^(commencer|start)$/i }], hint: { en: 'Click here to start', fr: 'Cliquez ici pour commencer' } },
    },
    { id: 'wizard-domain', pageKinds: WIZARD },
    { id: 'wizard-only-exchange', pageKinds: WIZARD },
    { id: 'wizard-dns-mode', pageKinds: WIZARD },
    { id: 'wizard-accounts', pageKinds: [...WIZARD, 'ovh-exchange-accounts'] },
    {
      id: 'cname-ownership',
      // The CNAME badge shows only while validation is pending: gone or green means done.
      ...badgeStep(DOMAINS, [OWNERSHIP_CNAME], ['CNAME']),
      target: redBadges(['CNAME'], { en: 'Click the red CNAME badge', fr: 'Cliquez sur la pastille rouge CNAME' }),
    },
    {
      id: 'dns-values',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }], ['MX', 'SRV']),
      target: redBadges(['MX', 'SRV'], { en: 'Click a red badge to see the values', fr: 'Cliquez sur une pastille rouge pour voir les valeurs' }),
    },
    {
      id: 'add-domains',
      pageKinds: DOMAINS,
      target: { locator: ['#add-domain', { text: /^(ajouter un domaine|add a domain)$/i }], hint: { en: 'Add another domain here', fr: 'Ajoutez un autre domaine ici' } },
    },
    {
      id: 'dkim',
      pageKinds: ['ovh-exchange-dkim'],
      doneWhenChecked: [{ type: 'CNAME', name: /\._domainkey\./ }],
      // A row without a DKIM badge says nothing about DKIM: only a green DKIM badge (or the check) proves it.
      doneWhenBadgesOk: ['DKIM'],
    },
    {
      id: 'diagnostic-badges',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }, SPF_TXT], ['MX', 'SRV', 'CNAME', 'SPF', 'DKIM']),
      target: anyRedBadge({ en: 'Red: something to do', fr: 'Rouge : une action à faire' }, { en: 'No red badge on this page: the panel asks for nothing here.', fr: 'Aucune pastille rouge sur cette page : l’espace client ne demande rien ici.' }),
    },
  ],
});
