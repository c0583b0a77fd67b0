import { OVH_REACT_NOTATION } from '../../fixtures/sites/ovh-react/notation.js';
import { DEFAULT_RUNS, describeSiteFill } from './helpers.js';

// The user's click on the panel's submit (« Ajouter », or « Modifier » for the SPF edit) saves.
describeSiteFill({
  siteId: 'ovh-react',
  // The EN page too: labels change (priority reads "Distribution" on the React one), locators must not.
  runs: [...DEFAULT_RUNS, { name: 'the on-premises Exchange set on the English page', setup: 'onprem', path: '/?lang=en#/web-domains/domain/example.com/zone' }],
  notation: OVH_REACT_NOTATION,
  save: (page) => page.locator('[data-testid="quick-add-entry"] button[type=submit]').click(),
});
