import type { Page } from 'playwright-core';
import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { describeSiteFill } from './helpers.js';

/** "Add Record" saves a new record; in the edit modal (the merged SPF), "Update" saves that one. */
async function save(page: Page): Promise<void> {
  const update = page.locator('#hdomains_dns_edit_record_update');
  if (await update.isVisible()) await update.click();
  else await page.locator('#hdomains_dns_create_record_add').click();
}

// Hostinger: custom type dropdown (listbox at the end of body), state-driven form; default runs, merged SPF included.
describeSiteFill({ siteId: 'hostinger', notation: COMMON_NOTATION, save });
