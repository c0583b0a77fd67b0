import { GODADDY_NOTATION } from '../../fixtures/sites/godaddy/notation.js';
import { describeSiteFill } from './helpers.js';

// Save is enabled only once the row is complete: the click below also proves the filled row is.
describeSiteFill({
  siteId: 'godaddy',
  notation: GODADDY_NOTATION,
  save: (page) => page.locator('#bulk-dns-records-save-btn').click(),
});
