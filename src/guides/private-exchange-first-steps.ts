import { typeset } from '../i18n/typeset.js';
import type { Guide } from './types.js';

/** Private Exchange, the four steps of its setup (facts from seed 001, our own words). */
export const privateExchangeFirstSteps: Guide = typeset({
  id: 'private-exchange-first-steps',
  kind: 'service',
  services: ['ovh-private-exchange'],
  adapterId: 'ovh-email-panel',
  source: 'seed 001 (OVHcloud, first steps with Private Exchange, 2020-04-17)',
  // The Exchange tabs are shared with Hosted Exchange; what Private Exchange needs there is not
  // confirmed, so the guide keeps its own (unmarked) steps there rather than show Hosted's.
  sharedPageKinds: ['ovh-exchange-general', 'ovh-exchange-domains', 'ovh-exchange-dkim', 'ovh-exchange-accounts', 'ovh-exchange-wizard'],
  title: { en: 'Private Exchange: first steps', fr: 'Private Exchange : premiers pas' },
  summary: {
    en: 'From the order to a working platform: the delivery e-mail, the platform settings, the DNS records, the SSL certificate and the final wait.',
    fr: 'De la commande à la plateforme prête : l’e-mail de livraison, les réglages de la plateforme, les enregistrements DNS, le certificat SSL et la dernière attente.',
  },
  steps: [
    {
      id: 'delivery-email',
      title: { en: '1. Find the setup e-mail', fr: '1. Retrouver l’e-mail de configuration' },
      body: {
        en: 'After the order, an e-mail "is being delivered" reaches your account\'s contact address. You also find it in the control panel: your profile, then Service e-mails. It holds a link to the platform\'s settings page.',
        fr: 'Après la commande, un e-mail « en cours de livraison » arrive à l’adresse de contact de votre compte. Vous le retrouvez aussi dans l’espace client : votre profil, puis E-mails de service. Il contient un lien vers la page de réglages de la plateforme.',
      },
    },
    {
      id: 'platform-settings',
      title: { en: '2. Name the platform and choose DNS Assist', fr: '2. Nommer la plateforme et choisir DNS Assist' },
      body: {
        en: 'On that page, pick the server\'s name: a sub-domain of your domain (for example exchange.your-domain). Choose an existing mailbox you can read: the SSL certificate\'s validation mail goes there. Tick DNS Assist only if the domain\'s zone is at OVHcloud in the same account; it then writes the DNS records for you.',
        fr: 'Sur cette page, choisissez le nom du serveur : un sous-domaine de votre domaine (par exemple exchange.votre-domaine). Choisissez une adresse e-mail existante que vous pouvez lire : le message de validation du certificat SSL y sera envoyé. Cochez DNS Assist seulement si la zone du domaine est chez OVHcloud dans le même compte ; il crée alors les enregistrements DNS pour vous.',
      },
    },
    {
      id: 'manual-dns',
      pageKinds: ['ovh-private-exchange-diagnostic'],
      doneWhenChecked: [{ type: 'A' }, { type: 'AAAA' }],
      title: { en: '3. Without DNS Assist: add A and AAAA', fr: '3. Sans DNS Assist : ajouter A et AAAA' },
      body: {
        en: 'A second e-mail gives the platform\'s IPv4 and IPv6 addresses. In the domain\'s zone, create an A record (IPv4) and an AAAA record (IPv6) for the server name chosen in step 2. Paste that e-mail here and the values are read for you.',
        fr: 'Un second e-mail donne les adresses IPv4 et IPv6 de la plateforme. Dans la zone du domaine, créez un enregistrement A (IPv4) et un enregistrement AAAA (IPv6) pour le nom de serveur choisi à l’étape 2. Collez cet e-mail ici et les valeurs sont lues pour vous.',
      },
    },
    {
      id: 'ssl-validation',
      title: { en: '4. Validate the SSL certificate', fr: '4. Valider le certificat SSL' },
      body: {
        en: 'The certificate authority writes to the mailbox chosen in step 2 ("Domain Control Validation for exchange.…"). Copy the code it contains, open its link, paste the code and confirm.',
        fr: 'L’autorité de certification envoie un message à l’adresse choisie à l’étape 2 (« Domain Control Validation for exchange.… »). Copiez le code qu’il contient, ouvrez son lien, collez le code et validez.',
      },
    },
    {
      id: 'delivery-wait',
      title: { en: 'Wait for delivery (up to 4 hours)', fr: 'Attendre la livraison (jusqu’à 4 heures)' },
      body: {
        en: 'Once the certificate is valid, delivery can still take about 4 hours; the platform is not visible in the control panel meanwhile. An e-mail "is ready" tells you when it is. Then add your first domain and create the accounts.',
        fr: 'Une fois le certificat validé, la livraison peut encore prendre environ 4 heures ; la plateforme n’est pas visible dans l’espace client pendant ce temps. Un e-mail « est prêt » vous prévient. Ajoutez alors votre premier domaine et créez les comptes.',
      },
    },
    {
      id: 'server-diagnostic',
      pageKinds: ['ovh-private-exchange-diagnostic'],
      doneWhenChecked: [{ type: 'A' }, { type: 'AAAA' }],
      title: { en: 'Check the server diagnostic', fr: 'Vérifier le diagnostic serveur' },
      body: {
        en: 'The platform\'s server diagnostic shows A, AAAA, PTR and PTR v6 badges. A and AAAA turn green once your zone holds the records of step 3; this extension reads their expected values from that screen.',
        fr: 'Le diagnostic serveur de la plateforme affiche les pastilles A, AAAA, PTR et PTR v6. A et AAAA passent au vert quand votre zone contient les enregistrements de l’étape 3 ; cette extension lit leurs valeurs attendues sur cet écran.',
      },
    },
  ],
});
