import { NAMECHEAP_NOTATION } from '../../fixtures/sites/namecheap/notation.js';
import { describeSiteFill } from './helpers.js';

// Namecheap: one inline row per record (custom type dropdown); the user clicks that row's checkmark.
describeSiteFill({
  siteId: 'namecheap',
  notation: NAMECHEAP_NOTATION,
  save: (page) => page.locator('tr.edit-row a.save').first().click(),
});
