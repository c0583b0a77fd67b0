import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// IONOS: type tiles, fields by their words, SRV service/protocol apart; the user clicks Save.
describeSiteFill({
  siteId: 'ionos',
  notation: { ...COMMON_NOTATION, srv: 'split-fields' },
  save: (page) => page.locator('form.record-form button[type=submit]').click(),
});
