import { typeset } from '../i18n/typeset.js';
import { SPF_TXT } from './check-matches.js';
import type { Guide } from './types.js';

/** Your own Exchange server with Windows Server Essentials (facts from seed 002, our own words). */
export const exchangeOnpremEssentials: Guide = typeset({
  id: 'exchange-onprem-essentials',
  kind: 'service',
  services: ['exchange-onprem'],
  source: 'seed 002 (Microsoft, integrate an on-premises Exchange server with Windows Server Essentials)',
  title: { en: 'Exchange on your own server (Windows Server Essentials)', fr: 'Exchange sur votre propre serveur (Windows Server Essentials)' },
  summary: {
    en: 'What the network and the public DNS need so that an Exchange server at your office sends and receives mail.',
    fr: 'Ce que le réseau et le DNS public doivent contenir pour qu’un serveur Exchange dans vos locaux envoie et reçoive le courrier.',
  },
  steps: [
    {
      id: 'prerequisites',
      title: { en: 'Before you start', fr: 'Avant de commencer' },
      body: {
        en: 'You need a working Windows Server Essentials server (it is the domain controller), a second server joined to that domain for Exchange, and a registered Internet domain such as contoso.com.',
        fr: 'Il vous faut un serveur Windows Server Essentials en service (c’est le contrôleur de domaine), un second serveur joint à ce domaine pour Exchange, et un nom de domaine Internet enregistré, comme contoso.com.',
      },
    },
    {
      id: 'dns-records',
      doneWhenChecked: [{ type: 'A' }, { type: 'MX' }, SPF_TXT, { type: 'SRV' }],
      title: { en: 'Create the public DNS records', fr: 'Créer les enregistrements DNS publics' },
      body: {
        en: 'At your DNS host: an A record for the server name (for example mail) to your public IP; an MX at the domain to that name, preference 0; an SPF TXT "v=spf1 a mx ~all"; and an SRV _autodiscover._tcp, priority 0, weight 0, port 443, to the server name. Instead of the SRV, an A record "autodiscover" to the public IP also works, if the certificate covers that name too.',
        fr: 'Chez votre hébergeur DNS : un enregistrement A pour le nom du serveur (par exemple mail) vers votre IP publique ; un MX sur le domaine vers ce nom, préférence 0 ; un SPF en TXT « v=spf1 a mx ~all » ; et un SRV _autodiscover._tcp, priorité 0, poids 0, port 443, vers le nom du serveur. À la place du SRV, un enregistrement A « autodiscover » vers l’IP publique convient également, si le certificat couvre aussi ce nom.',
      },
    },
    {
      id: 'router-ports',
      title: { en: 'Forward the router ports', fr: 'Rediriger les ports du routeur' },
      body: {
        en: 'On the router, send port 25 (SMTP) to the Exchange server, and ports 80 (HTTP) and 443 (HTTPS) to the Essentials server. Give both servers fixed addresses outside the DHCP range. POP3 or IMAP need their own forwards.',
        fr: 'Sur le routeur, envoyez le port 25 (SMTP) vers le serveur Exchange, et les ports 80 (HTTP) et 443 (HTTPS) vers le serveur Essentials. Donnez aux deux serveurs des adresses fixes hors de la plage DHCP. POP3 ou IMAP demandent leurs propres redirections.',
      },
    },
    {
      id: 'certificate',
      title: { en: 'Install a certificate for the server name', fr: 'Installer un certificat pour le nom du serveur' },
      body: {
        en: 'Exchange needs an SSL certificate for its public name (mail.your-domain), ideally from a public authority. With one public IP, the Essentials server\'s reverse proxy forwards Exchange\'s web traffic; it needs the same certificate with its private key (.pfx).',
        fr: 'Exchange a besoin d’un certificat SSL pour son nom public (mail.votre-domaine), idéalement d’une autorité publique. Avec une seule IP publique, le proxy inverse du serveur Essentials relaie le trafic web d’Exchange ; il lui faut le même certificat avec sa clé privée (.pfx).',
      },
    },
    {
      id: 'split-dns',
      title: { en: 'Split DNS (recommended)', fr: 'DNS fractionné (conseillé)' },
      body: {
        en: 'So that users type the same name inside and outside the office, create on the Essentials server\'s DNS a zone named like the server (mail.your-domain) with one A record, name left empty, pointing to the Exchange server\'s internal IP.',
        fr: 'Pour que les utilisateurs tapent le même nom au bureau et à l’extérieur, créez dans le DNS du serveur Essentials une zone portant le nom du serveur (mail.votre-domaine) avec un enregistrement A, nom laissé vide, vers l’IP interne du serveur Exchange.',
      },
    },
    {
      id: 'enable-integration',
      title: { en: 'Turn on the integration', fr: 'Activer l’intégration' },
      body: {
        en: 'In the Essentials dashboard, enable the on-premises Exchange integration so that user accounts get their mailboxes from the Exchange server.',
        fr: 'Dans le tableau de bord Essentials, activez l’intégration du serveur Exchange local pour que les comptes d’utilisateurs reçoivent leur boîte aux lettres du serveur Exchange.',
      },
    },
  ],
});
