import { typeset } from '../i18n/typeset.js';
import { OVH_MX_RECORDS, OVH_PANEL_MX, OVH_SPF, REGION_VARIABLE } from './ovh-mail-records.js';
import { dkimVariables, OVH_DKIM_RECORDS } from './ovh-platform-records.js';
import type { ServiceTemplate } from './types.js';

export const ovhMxPlan: ServiceTemplate = typeset({
  id: 'ovh-mx-plan',
  name: 'OVHcloud MX Plan',
  provider: 'OVHcloud',
  providerDomain: 'ovhcloud.com',
  description: {
    en: "OVHcloud's shared mailboxes (MX Plan): MX and SPF, and DKIM once the control panel gives its selectors (ovhmo<N>-selector1/2).",
    fr: 'Les boîtes mutualisées d’OVHcloud (MX Plan) : MX et SPF, et DKIM une fois les sélecteurs donnés par l’espace client (ovhmo<N>-selector1/2).',
  },
  variables: [REGION_VARIABLE, ...dkimVariables('ovhmo')],
  records: [...OVH_MX_RECORDS, ...OVH_DKIM_RECORDS, ...OVH_SPF],
  alternatives: [OVH_PANEL_MX],
});
