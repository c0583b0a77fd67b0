import { ovhPlatformService } from './ovh-platform-service.js';
import type { ServiceTemplate } from './types.js';

export const ovhHostedExchange: ServiceTemplate = ovhPlatformService({
  id: 'ovh-hosted-exchange',
  name: 'OVHcloud Hosted Exchange',
  description: {
    en: 'Microsoft Exchange hosted on a shared OVHcloud platform.',
    fr: 'Microsoft Exchange hébergé sur une plateforme mutualisée OVHcloud.',
  },
}, {
  example: 'ex5.mail.ovh.net',
  where: {
    en: 'usually ex<N>.mail.ovh.net, shown under General information › Connection',
    fr: 'en général ex<N>.mail.ovh.net, affiché dans Informations générales › Connexion',
  },
  dkimPrefix: 'ovhex',
});
