import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// Hostinger: custom type dropdown (listbox at the end of body), state-driven form; "Add Record" saves.
describeSiteFill({
  siteId: 'hostinger',
  notation: COMMON_NOTATION,
  save: (page) => page.locator('#hdomains_dns_create_record_add').click(),
  runs: [
    { name: 'the OVHcloud Hosted Exchange set', setup: 'hosted-exchange' },
    { name: 'the on-premises Exchange set', setup: 'onprem' },
  ],
});
