import { typeset } from '../i18n/typeset.js';
import type { Guide } from './types.js';

/** Settings for mail apps, per OVHcloud offer (facts from seed 004 and docs/email-dns-facts.md). */
export const mailClientSettings: Guide = typeset({
  id: 'mail-client-settings',
  kind: 'client',
  services: ['ovh-mx-plan', 'ovh-email-pro', 'ovh-hosted-exchange'],
  source: 'seed 004 (OVHcloud, mail app settings); docs/email-dns-facts.md "Mail client settings"',
  title: { en: 'Mail app settings', fr: 'Réglages des logiciels de messagerie' },
  summary: {
    en: 'Servers, ports and security for IMAP, POP and SMTP with OVHcloud mail offers.',
    fr: 'Serveurs, ports et sécurité pour IMAP, POP et SMTP avec les offres e-mail OVHcloud.',
  },
  steps: [
    {
      id: 'account',
      title: { en: 'Add the account by hand', fr: 'Ajouter le compte à la main' },
      body: {
        en: 'In the mail app, add an "other" account. The user name is the full e-mail address; the password is the one set in the control panel for that account.',
        fr: 'Dans le logiciel, ajoutez un compte « autre ». Le nom d’utilisateur est l’adresse e-mail complète ; le mot de passe est celui défini dans l’espace client pour ce compte.',
      },
    },
    {
      id: 'mx-plan-servers',
      title: { en: 'MX Plan: servers and ports', fr: 'MX Plan : serveurs et ports' },
      body: {
        en: 'Server ssl0.ovh.net for incoming and outgoing mail. IMAP: 993 with SSL, 143 without. POP: 995 with SSL, 110 without. SMTP: 465 with SSL, 587 without.',
        fr: 'Serveur ssl0.ovh.net pour le courrier entrant et sortant. IMAP : 993 avec SSL, 143 sans. POP : 995 avec SSL, 110 sans. SMTP : 465 avec SSL, 587 sans.',
      },
    },
    {
      id: 'email-pro-servers',
      title: { en: 'Email Pro: servers and ports', fr: 'E-mail Pro : serveurs et ports' },
      body: {
        en: 'Server pro<N>.mail.ovh.net (shown in the Connection box). IMAP 993 with SSL/TLS; SMTP 587 with STARTTLS.',
        fr: 'Serveur pro<N>.mail.ovh.net (affiché dans l’encadré Connexion). IMAP 993 en SSL/TLS ; SMTP 587 en STARTTLS.',
      },
    },
    {
      id: 'exchange-servers',
      title: { en: 'Exchange: Outlook and other apps', fr: 'Exchange : Outlook et autres logiciels' },
      body: {
        en: 'Outlook finds its settings by itself through the autodiscover SRV record. Other apps: server ex<N>.mail.ovh.net, IMAP 993, POP 995, SMTP 587 with STARTTLS.',
        fr: 'Outlook trouve ses réglages seul grâce à l’enregistrement SRV autodiscover. Autres logiciels : serveur ex<N>.mail.ovh.net, IMAP 993, POP 995, SMTP 587 en STARTTLS.',
      },
      doneWhenChecked: [{ type: 'SRV' }],
    },
    {
      id: 'smtp-auth',
      title: { en: 'Turn on SMTP authentication', fr: 'Activer l’authentification SMTP' },
      body: {
        en: 'Tick "outgoing server requires authentication", with the same address and password. Without it, sending fails: the servers do not accept sending without logging in.',
        fr: 'Cochez « le serveur sortant requiert une authentification », avec la même adresse et le même mot de passe. Sans cela, l’envoi échoue : les serveurs n’acceptent pas d’envoi sans identification.',
      },
    },
  ],
});
