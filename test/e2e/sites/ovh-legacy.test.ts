import { OVH_LEGACY_NOTATION } from '../../fixtures/sites/ovh-legacy/notation.js';
import { describeSiteFill } from './helpers.js';

// The wizard saves nothing until its summary is confirmed: the user clicks « Suivant », then « Valider ».
describeSiteFill({
  siteId: 'ovh-legacy',
  notation: OVH_LEGACY_NOTATION,
  async save(page) {
    await page.locator('[data-wizard-step="form"] [data-wizard-next]').click();
    await page.locator('[data-wizard-step="summary"] [data-wizard-confirm]').click();
  },
});
