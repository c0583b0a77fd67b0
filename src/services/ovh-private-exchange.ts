import { typeset } from '../i18n/typeset.js';
import type { ServiceTemplate } from './types.js';

const SEED = 'seed 001 (OVHcloud, first steps with Private Exchange: manual A/AAAA records)';
/** `v=spf1 ip4:<A> ip6:<AAAA> ~all` for a Private Exchange platform (shared/docs/email-dns-facts.md, SPF). */
const SPF_GUIDE = 'ovh/docs pages/web_cloud/domains/dns_zone_spf/guide.en-gb.md';

export const ovhPrivateExchange: ServiceTemplate = typeset({
  id: 'ovh-private-exchange',
  name: 'OVHcloud Private Exchange',
  provider: 'OVHcloud',
  providerDomain: 'ovhcloud.com',
  description: {
    en: 'A dedicated Exchange platform whose name lives in your domain: A and AAAA records for it, and the SPF that lets its addresses send.',
    fr: 'Une plateforme Exchange dédiée dont le nom est dans votre domaine : enregistrements A et AAAA, et le SPF qui autorise ses adresses à envoyer.',
  },
  variables: [
    {
      name: 'server_name', label: { en: 'Platform name in the domain', fr: 'Nom de la plateforme dans le domaine' }, kind: 'relative-or-absolute-name', required: true, example: 'exchange',
      description: {
        en: "The platform's name inside the domain, as chosen at setup: exchange or exchange.example.com.",
        fr: 'Le nom de la plateforme dans le domaine, choisi à l’installation : exchange ou exchange.example.com.',
      },
    },
    {
      name: 'ipv4', label: { en: 'IPv4 address', fr: 'Adresse IPv4' }, kind: 'ipv4', required: true, example: '198.51.100.25',
      description: { en: "The platform's IPv4 address, from the delivery e-mail.", fr: 'L’adresse IPv4 de la plateforme, donnée dans l’e-mail de livraison.' },
    },
    {
      name: 'ipv6', label: { en: 'IPv6 address', fr: 'Adresse IPv6' }, kind: 'ipv6', required: false, example: '2001:db8::25',
      description: { en: "The platform's IPv6 address, from the delivery e-mail.", fr: 'L’adresse IPv6 de la plateforme, donnée dans l’e-mail de livraison.' },
    },
  ],
  records: [
    { type: 'A', host: '%server_name%', pointsTo: '%ipv4%', ttl: 3600, source: SEED, groupId: 'server', essential: 'Always' },
    { type: 'AAAA', host: '%server_name%', pointsTo: '%ipv6%', ttl: 3600, source: SEED, groupId: 'server', essential: 'Always' },
    { type: 'SPFM', host: '@', spfRules: 'ip4:%ipv4%', spfAll: '~all', ttl: 3600, source: SPF_GUIDE, groupId: 'spf' },
    { type: 'SPFM', host: '@', spfRules: 'ip6:%ipv6%', spfAll: '~all', ttl: 3600, source: SPF_GUIDE, groupId: 'spf' },
  ],
});
