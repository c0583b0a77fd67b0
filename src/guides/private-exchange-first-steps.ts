import { ovhPanelGuide } from './ovh-panel.js';
import type { Guide } from './types.js';
import PRIVATE_EXCHANGE_WORDS from './private-exchange-first-steps-words.json';

/** Private Exchange, the four steps of its setup (facts from seed 001, our own words). */
export const privateExchangeFirstSteps: Guide = ovhPanelGuide(PRIVATE_EXCHANGE_WORDS, {
  id: 'private-exchange-first-steps',
  services: ['ovh-private-exchange'],
  source: 'seed 001 (OVHcloud, first steps with Private Exchange, 2020-04-17)',
  // The Exchange tabs are shared with Hosted Exchange; what Private Exchange needs there is not
  // confirmed, so the guide keeps its own (unmarked) steps there rather than show Hosted's.
  sharedPageKinds: ['ovh-exchange-general', 'ovh-exchange-domains', 'ovh-exchange-dkim', 'ovh-exchange-accounts', 'ovh-exchange-wizard'],
  steps: [
    { id: 'delivery-email' },
    { id: 'platform-settings' },
    {
      id: 'manual-dns',
      pageKinds: ['ovh-private-exchange-diagnostic'],
      doneWhenChecked: [{ type: 'A' }, { type: 'AAAA' }],
    },
    { id: 'ssl-validation' },
    { id: 'delivery-wait' },
    {
      id: 'server-diagnostic',
      pageKinds: ['ovh-private-exchange-diagnostic'],
      doneWhenChecked: [{ type: 'A' }, { type: 'AAAA' }],
    },
  ],
});
