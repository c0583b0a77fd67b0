import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// Plesk on a customer host: blank domain name = apex, SRV service/protocol apart; OK saves.
describeSiteFill({
  siteId: 'plesk',
  notation: { ...COMMON_NOTATION, apex: '', srv: 'split-fields' },
  save: (page) => page.locator('#btn-send').click(),
});
