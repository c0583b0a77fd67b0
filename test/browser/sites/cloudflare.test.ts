import { expect } from 'vitest';
import { CLOUDFLARE_NOTATION } from '../../fixtures/sites/cloudflare/notation.js';
import { describeSiteFill } from './helpers.js';

// The add form and the expanded edit row share the save button's test id.
describeSiteFill({
  siteId: 'cloudflare',
  notation: CLOUDFLARE_NOTATION,
  save: (page) => page.locator('[data-testid=dns-record-form-save-button]').click(),
  // The form starts A/AAAA/CNAME proxied; mail names must be saved "DNS only".
  checkRows(rows) {
    expect(rows.filter((row) => row.proxied).map((row) => `${row.type} ${row.host}`)).toEqual([]);
    expect(rows.filter((row) => row.proxied === false).length).toBeGreaterThan(0);
  },
});
