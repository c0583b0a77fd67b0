import { typeset } from '../i18n/typeset.js';
import { OVH_MX_RECORDS, OVH_PANEL_MX, OVH_SPF, REGION_VARIABLE } from './ovh-mail-records.js';
import type { ServiceTemplate } from './types.js';

export const ovhMxPlan: ServiceTemplate = typeset({
  id: 'ovh-mx-plan',
  name: 'OVHcloud MX Plan',
  provider: 'OVHcloud',
  description: {
    en: "OVHcloud's shared mailboxes (MX Plan): MX and SPF.",
    fr: 'Les boîtes mutualisées d’OVHcloud (MX Plan) : MX et SPF.',
  },
  variables: [REGION_VARIABLE],
  records: [...OVH_MX_RECORDS, ...OVH_SPF],
  alternatives: [OVH_PANEL_MX],
});
