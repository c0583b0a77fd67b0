import { expect } from 'vitest';
import { OVH_LEGACY_NOTATION } from '../../fixtures/sites/ovh-legacy/notation.js';
import { DEFAULT_RUNS, describeSiteFill } from './helpers.js';

/** Longer than the run's save polling (250 ms): time enough for it to misread the summary step. */
const USER_PAUSE_MS = 700;

/**
 * The wizard saves nothing until its summary is confirmed: the user clicks « Suivant », reads the
 * summary, then clicks « Valider ». Between the two clicks the form's fields are gone; the
 * adapter's `commit.pending` (the open wizard) keeps the run from taking that for a save, which
 * this test checks by asking the run's state during the pause.
 */
describeSiteFill({
  siteId: 'ovh-legacy',
  // The EN page too: labels change (priority reads "Distribution" on the React one), locators must not.
  runs: [...DEFAULT_RUNS, { name: 'the on-premises Exchange set on the English page', setup: 'onprem', path: '/manager/?lang=en#/web/domain/example.com/zone' }],
  notation: OVH_LEGACY_NOTATION,
  async save(page, fill) {
    const before = await fill.progress();
    await page.locator('[data-wizard-step="form"] [data-wizard-next]').click();
    await page.locator('[data-wizard-step="summary"] [data-wizard-confirm]').waitFor();
    await page.waitForTimeout(USER_PAUSE_MS);
    // Still waiting for this record's save: nothing reported saved before « Valider ».
    const during = await fill.progress();
    expect({ phase: during?.phase, index: during?.index }).toEqual({ phase: 'awaiting-save', index: before?.index });
    await page.locator('[data-wizard-step="summary"] [data-wizard-confirm]').click();
  },
});
