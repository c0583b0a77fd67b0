import { typeset } from '../i18n/typeset.js';
import { SPF_TXT } from './check-matches.js';
import type { Guide } from './types.js';
import { withWords } from './guide-words.js';
import EXCHANGE_ONPREM_WORDS from './exchange-onprem-essentials-words.json';

/** Your own Exchange server with Windows Server Essentials (facts from seed 002, our own words). */
export const exchangeOnpremEssentials: Guide = typeset(withWords(EXCHANGE_ONPREM_WORDS, {
  id: 'exchange-onprem-essentials',
  kind: 'service',
  services: ['exchange-onprem'],
  source: 'seed 002 (Microsoft, integrate an on-premises Exchange server with Windows Server Essentials)',
  steps: [
    { id: 'prerequisites' },
    { id: 'dns-records', doneWhenChecked: [{ type: 'A' }, { type: 'MX' }, SPF_TXT, { type: 'SRV' }] },
    { id: 'router-ports' },
    { id: 'certificate' },
    { id: 'split-dns' },
    { id: 'enable-integration' },
  ],
}));
