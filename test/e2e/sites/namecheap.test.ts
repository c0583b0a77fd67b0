import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

// Namecheap: one inline row per record (custom type dropdown); the user clicks that row's checkmark.
describeSiteFill({
  siteId: 'namecheap',
  notation: { ...COMMON_NOTATION, srv: 'split-fields' },
  save: (page) => page.locator('tr.edit-row a.save').first().click(),
});
