import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// Gandi's form is found by its words only; the user's click on « Créer » / « Enregistrer » saves.
describeSiteFill({
  siteId: 'gandi',
  notation: { ...COMMON_NOTATION, targetDot: true },
  save: (page) => page.locator('form.record-form button[type=submit]').click(),
});
