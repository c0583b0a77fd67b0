import { CLOUDFLARE_NOTATION } from '../../fixtures/sites/cloudflare/notation.js';
import { describeSiteFill } from './helpers.js';

// The add form and the expanded edit row share the save button's test id.
describeSiteFill({
  siteId: 'cloudflare',
  notation: CLOUDFLARE_NOTATION,
  save: (page) => page.locator('[data-testid=dns-record-form-save-button]').click(),
});
