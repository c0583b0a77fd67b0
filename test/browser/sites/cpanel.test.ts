import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// cPanel on a customer host (no match patterns: the test build's grant stands for the user's);
// full names in the name field; the inline row's button saves.
describeSiteFill({
  siteId: 'cpanel',
  notation: { ...COMMON_NOTATION, host: 'fqdn' },
  save: (page) => page.locator('#inline_add_record_button_0').click(),
});
