import { typeset } from '../i18n/typeset.js';
import type { ServiceTemplate } from './types.js';

const SEED = 'seed 002 (Microsoft, on-premises Exchange with Windows Server Essentials: DNS records table)';

export const exchangeOnprem: ServiceTemplate = typeset({
  id: 'exchange-onprem',
  name: 'Exchange Server (on-premises)',
  localName: { en: 'Exchange Server (on-premises)', fr: 'Exchange Server (sur site)' },
  provider: 'Microsoft',
  providerDomain: 'microsoft.com',
  description: {
    en: 'Your own Exchange server behind a public IPv4, as with Windows Server Essentials.',
    fr: 'Votre propre serveur Exchange derrière une IPv4 publique, comme avec Windows Server Essentials.',
  },
  variables: [
    {
      name: 'ip', label: { en: 'Public IPv4 address', fr: 'Adresse IPv4 publique' }, kind: 'ipv4', required: true, example: '203.0.113.10',
      description: { en: 'The public IPv4 address your ISP gave you.', fr: 'L’adresse IPv4 publique fournie par votre FAI.' },
    },
    {
      name: 'server_name', label: { en: 'Mail server name', fr: 'Nom du serveur de messagerie' }, kind: 'relative-or-absolute-name', required: false, default: 'mail', example: 'mail',
      description: { en: "The mail server's name inside the domain (default mail).", fr: 'Le nom du serveur de messagerie dans le domaine (mail par défaut).' },
    },
  ],
  records: [
    { type: 'A', host: '%server_name%', pointsTo: '%ip%', ttl: 3600, source: SEED, groupId: 'server', essential: 'Always' },
    { type: 'MX', host: '@', pointsTo: '%server_name%', priority: 0, ttl: 3600, source: SEED, groupId: 'mx', essential: 'Always' },
    { type: 'SPFM', host: '@', spfRules: 'a mx', spfAll: '~all', ttl: 3600, source: SEED, groupId: 'spf' },
    {
      type: 'SRV', service: '_autodiscover', protocol: '_tcp', name: '@',
      priority: 0, weight: 0, port: 443, target: '%server_name%', ttl: 3600, source: SEED, groupId: 'autodiscover',
    },
  ],
});
