import { ovhPlatformService } from './ovh-platform-service.js';
import type { ServiceTemplate } from './types.js';

export const ovhEmailPro: ServiceTemplate = ovhPlatformService({
  id: 'ovh-email-pro',
  name: 'OVHcloud Email Pro',
  description: {
    en: 'OVHcloud Email Pro: the same DNS shape as Hosted Exchange, on a pro<N> platform.',
    fr: 'OVHcloud E-mail Pro : la même forme DNS que Hosted Exchange, sur une plateforme pro<N>.',
  },
}, {
  example: 'pro1.mail.ovh.net',
  where: {
    en: 'pro<N>.mail.ovh.net, shown under General information › Connection',
    fr: 'pro<N>.mail.ovh.net, affiché dans Informations générales › Connexion',
  },
  dkimPrefix: 'ovhemp',
});
