import { GODADDY_NOTATION } from '../../fixtures/sites/godaddy/notation.js';
import { describeSiteFill } from './helpers.js';

// Save is enabled only once the row is complete: the click below also proves the filled row is.
// New records are saved by #bulk-dns-records-save-btn; the inline edit form (the merged SPF) by
// a button known only by its word "Save", as on the live page (field notes 2026-07).
describeSiteFill({
  siteId: 'godaddy',
  notation: GODADDY_NOTATION,
  save: (page) => page.getByRole('button', { name: /^Save( All Records)?$/ }).click(),
});
