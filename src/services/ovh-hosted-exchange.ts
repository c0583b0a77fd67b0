import { typeset } from '../i18n/typeset.js';
import { OVH_MX_RECORDS, OVH_PANEL_MX, OVH_SPF, REGION_VARIABLE } from './ovh-mail-records.js';
import { OVH_PLATFORM_RECORDS, platformVariables } from './ovh-platform-records.js';
import type { ServiceTemplate } from './types.js';

export const ovhHostedExchange: ServiceTemplate = typeset({
  id: 'ovh-hosted-exchange',
  name: 'OVHcloud Hosted Exchange',
  provider: 'OVHcloud',
  providerDomain: 'ovhcloud.com',
  description: {
    en: 'Microsoft Exchange hosted on a shared OVHcloud platform.',
    fr: 'Microsoft Exchange hébergé sur une plateforme mutualisée OVHcloud.',
  },
  variables: [
    ...platformVariables('ex5.mail.ovh.net', {
      en: 'usually ex<N>.mail.ovh.net, shown under General information › Connection',
      fr: 'en général ex<N>.mail.ovh.net, affiché dans Informations générales › Connexion',
    }, 'ovhex'),
    REGION_VARIABLE,
  ],
  records: [...OVH_MX_RECORDS, ...OVH_PLATFORM_RECORDS, ...OVH_SPF],
  alternatives: [OVH_PANEL_MX],
});
