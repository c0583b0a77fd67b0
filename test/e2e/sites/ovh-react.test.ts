import { OVH_REACT_NOTATION } from '../../fixtures/sites/ovh-react/notation.js';
import { describeSiteFill } from './helpers.js';

// The user's click on the panel's submit (« Ajouter », or « Modifier » for the SPF edit) saves.
describeSiteFill({
  siteId: 'ovh-react',
  notation: OVH_REACT_NOTATION,
  save: (page) => page.locator('[data-testid="quick-add-entry"] button[type=submit]').click(),
});
