import { OVH_LEGACY_NOTATION } from '../../fixtures/sites/ovh-legacy/notation.js';
import { DEFAULT_RUNS, describeSiteFill } from './helpers.js';

/**
 * The wizard saves nothing until its summary is confirmed: the user clicks « Suivant », then
 * « Valider ». Both clicks happen in one task here ON PURPOSE: between them the form's fields are
 * gone, and the engine's savedYet() (src/fill/run.ts) takes that for a save and moves on. A
 * person is slower than that; the adapter then stops the run (no « Ajouter une entrée » while
 * the modal is open) instead of losing the record. Reported to the fill engine's owner: the
 * 'save' commit needs a "still pending" locator (the open wizard) before this can be two clicks.
 */
describeSiteFill({
  siteId: 'ovh-legacy',
  // The EN page too: labels change (priority reads "Distribution" on the React one), locators must not.
  runs: [...DEFAULT_RUNS, { name: 'the on-premises Exchange set on the English page', setup: 'onprem', path: '/manager/?lang=en#/web/domain/example.com/zone' }],
  notation: OVH_LEGACY_NOTATION,
  async save(page) {
    await page.locator('[data-wizard-step="form"] [data-wizard-next]').waitFor();
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-wizard-step="form"] [data-wizard-next]')!.click();
      // AngularJS runs the ng-click digest synchronously: the summary step is on the page now.
      document.querySelector<HTMLButtonElement>('[data-wizard-step="summary"] [data-wizard-confirm]')!.click();
    });
  },
});
