import { typeset } from '../i18n/typeset.js';
import { OVH_MX_RECORDS, OVH_PANEL_MX, OVH_SPF, REGION_VARIABLE } from './ovh-mail-records.js';
import { OVH_PLATFORM_RECORDS, platformVariables } from './ovh-platform-records.js';
import type { ServiceTemplate } from './types.js';

export const ovhEmailPro: ServiceTemplate = typeset({
  id: 'ovh-email-pro',
  name: 'OVHcloud Email Pro',
  provider: 'OVHcloud',
  providerDomain: 'ovhcloud.com',
  description: {
    en: 'OVHcloud Email Pro: the same DNS shape as Hosted Exchange, on a pro<N> platform.',
    fr: 'OVHcloud E-mail Pro : la même forme DNS que Hosted Exchange, sur une plateforme pro<N>.',
  },
  variables: [
    ...platformVariables('pro1.mail.ovh.net', {
      en: 'pro<N>.mail.ovh.net, shown under General information › Connection',
      fr: 'pro<N>.mail.ovh.net, affiché dans Informations générales › Connexion',
    }, 'ovhemp'),
    REGION_VARIABLE,
  ],
  records: [...OVH_MX_RECORDS, ...OVH_PLATFORM_RECORDS, ...OVH_SPF],
  alternatives: [OVH_PANEL_MX],
});
