import { typeset } from '../i18n/typeset.js';
import { OWNERSHIP_CNAME, SPF_TXT } from './check-matches.js';
import { anyRedBadge, badgeStep, redBadges } from './ovh-badges.js';
import type { Guide } from './types.js';

const GENERAL = ['ovh-email-pro-general'];
const DOMAINS = ['ovh-email-pro-domains'];


/**
 * Email Pro, first steps in the OVHcloud control panel, in our own words. Sourced from
 * docs/email-dns-facts.md: the records (catalog `ovh-email-pro`), the server pro<N>.mail.ovh.net
 * in General information › Connection, the ownership CNAME, the ovhemp<N> DKIM selectors, the
 * mail-app settings, and (facts JSON) the relay server asked when another mail service stays.
 * INFERRED from the Exchange panel (seed 000, facts "Exchange Domaines associés table"): that
 * Email Pro has the same Associated domains tab with "Add a domain" and Diagnostic badges that
 * open the values when red, the DKIM screen's activation, the Email accounts tab and its
 * "@configureme.me" placeholders. The facts doc's own source for Email Pro
 * (ovh/docs email_pro/first_config) describes those screens too, but the doc does not say so yet.
 */
export const emailProFirstSteps: Guide = typeset({
  id: 'email-pro-first-steps',
  kind: 'service',
  services: ['ovh-email-pro'],
  adapterId: 'ovh-email-panel',
  source: 'docs/email-dns-facts.md (Email Pro: records, server, ownership CNAME, DKIM, mail apps); panel steps inferred from seed 000 (Hosted Exchange)',
  title: { en: 'Email Pro: first steps', fr: 'E-mail Pro : premiers pas' },
  summary: {
    en: 'Set up an Email Pro service: your platform server, a domain and the DNS records it needs, the Diagnostic badges, DKIM, the accounts and mail apps.',
    fr: 'Mettre en route un service E-mail Pro : le serveur de votre plateforme, un domaine et les enregistrements DNS dont il a besoin, les pastilles Diagnostic, DKIM, les comptes et les logiciels de messagerie.',
  },
  steps: [
    {
      // No page kind of its own: being on any tab of the service proves it is open.
      id: 'open-service',
      doneWhenLater: true,
      title: { en: 'Open the service', fr: 'Ouvrir le service' },
      body: {
        en: 'In the OVHcloud control panel, go to the Email Pro section and pick your service. The tabs used below are General information, Associated domains and Email accounts.',
        fr: 'Dans l’espace client OVHcloud, allez dans la rubrique E-mail Pro et choisissez votre service. Les onglets utilisés ensuite sont Informations générales, Domaines associés et Comptes e-mail.',
      },
    },
    {
      id: 'server-name',
      pageKinds: GENERAL,
      doneWhenLater: true,
      title: { en: 'Note your platform server', fr: 'Noter le serveur de votre plateforme' },
      body: {
        en: 'Under General information, the Connection box names your server: pro<N>.mail.ovh.net, where N is your platform\'s number. It is the target of the autodiscover SRV record and the server your mail apps use. This extension reads it from that box.',
        fr: 'Dans Informations générales, l’encadré Connexion donne le nom de votre serveur : pro<N>.mail.ovh.net, où N est le numéro de votre plateforme. C’est la cible de l’enregistrement SRV autodiscover et le serveur de vos logiciels de messagerie. Cette extension le lit dans cet encadré.',
      },
    },
    {
      id: 'add-domain',
      pageKinds: DOMAINS,
      // Done once the domain has its row (with badges) in the table: it is associated.
      doneWhenBadgesClear: [],
      title: { en: 'Add your domain', fr: 'Ajouter votre domaine' },
      body: {
        en: 'Under Associated domains, click "Add a domain". Choose one of your domains, or type a domain managed elsewhere whose DNS zone you can edit. If another mail service keeps some of the domain\'s addresses, say so: you are then asked for that service\'s incoming mail server. When the zone is at OVHcloud in the same account, the panel can write the records itself; otherwise follow the next steps.',
        fr: 'Dans Domaines associés, cliquez sur « Ajouter un domaine ». Choisissez un de vos domaines, ou saisissez un domaine géré ailleurs dont vous pouvez modifier la zone DNS. Si un autre service e-mail garde une partie des adresses du domaine, indiquez-le : on vous demande alors le serveur de réception de ce service. Quand la zone est chez OVHcloud dans le même compte, l’espace client peut créer les enregistrements lui-même ; sinon suivez les étapes suivantes.',
      },
      target: { locator: ['#add-domain', { text: /^(ajouter un domaine|add a domain)$/i }], hint: { en: 'Add your domain here', fr: 'Ajoutez votre domaine ici' } },
    },
    {
      id: 'cname-ownership',
      // The CNAME badge is there only while the proof is awaited: gone or green means done.
      ...badgeStep(DOMAINS, [OWNERSHIP_CNAME], ['CNAME']),
      title: { en: 'Prove the domain is yours (CNAME)', fr: 'Prouver que le domaine est à vous (CNAME)' },
      body: {
        en: 'A domain that is not in the same OVHcloud account as the service must first be proven yours: create a CNAME record named with a code followed by "-check" (e.g. ab1cd-check), pointing to ovh.com. The red CNAME badge gives the exact name; this extension reads it when you open it.',
        fr: 'Un domaine qui n’est pas dans le même compte OVHcloud que le service doit d’abord être prouvé comme vôtre : créez un enregistrement CNAME dont le nom est un code suivi de « -check » (par exemple ab1cd-check), pointant vers ovh.com. La pastille rouge CNAME donne le nom exact ; cette extension le lit quand vous l’ouvrez.',
      },
      target: redBadges(['CNAME'], { en: 'Click the red CNAME badge', fr: 'Cliquez sur la pastille rouge CNAME' }),
    },
    {
      id: 'mx-records',
      ...badgeStep(DOMAINS, [{ type: 'MX' }], ['MX']),
      title: { en: 'Receive mail: the MX records', fr: 'Recevoir le courrier : les enregistrements MX' },
      body: {
        en: 'At the company that hosts the domain\'s DNS, point the domain\'s MX records to OVHcloud: mx0.mail.ovh.net with priority 1, mx1 with 5, mx2 with 50, mx3 with 100 and mx4 with 200 (in Canada, the same names under mail.ovh.ca). A zone with only the first four is accepted too. MX records of a former mail service must go, or part of the mail keeps reaching it.',
        fr: 'Chez l’hébergeur DNS du domaine, faites pointer les enregistrements MX vers OVHcloud : mx0.mail.ovh.net avec la priorité 1, mx1 avec 5, mx2 avec 50, mx3 avec 100 et mx4 avec 200 (au Canada, les mêmes noms sous mail.ovh.ca). Une zone avec seulement les quatre premiers est acceptée aussi. Les MX d’un ancien service e-mail doivent partir, sinon une partie du courrier continue d’y arriver.',
      },
      target: redBadges(['MX'], { en: 'Click the red MX badge for the values', fr: 'Cliquez sur la pastille rouge MX pour voir les valeurs' }),
    },
    {
      id: 'srv-autodiscover',
      ...badgeStep(DOMAINS, [{ type: 'SRV' }], ['SRV']),
      title: { en: 'Let mail apps set themselves up (SRV)', fr: 'Laisser les logiciels se configurer seuls (SRV)' },
      body: {
        en: 'Create an SRV record _autodiscover._tcp with priority 0, weight 0, port 443 and your platform server (pro<N>.mail.ovh.net) as target. If the zone still has autoconfig or autodiscover CNAME records pointing to ssl0.ovh.net, remove them: mail apps may follow them instead.',
        fr: 'Créez un enregistrement SRV _autodiscover._tcp avec la priorité 0, le poids 0, le port 443 et le serveur de votre plateforme (pro<N>.mail.ovh.net) comme cible. Si la zone contient encore des CNAME autoconfig ou autodiscover vers ssl0.ovh.net, supprimez-les : les logiciels de messagerie risquent de les suivre à la place.',
      },
      target: redBadges(['SRV'], { en: 'Click the red SRV badge for the values', fr: 'Cliquez sur la pastille rouge SRV pour voir les valeurs' }),
    },
    {
      id: 'spf',
      ...badgeStep(DOMAINS, [SPF_TXT], ['SPF']),
      title: { en: 'Authorise OVHcloud to send (SPF)', fr: 'Autoriser OVHcloud à envoyer (SPF)' },
      body: {
        en: 'The domain needs one TXT record "v=spf1 include:mx.ovh.com ~all" (in Canada, include:mx.ovh.ca). If it already has an SPF record, add the include to it instead of creating a second one: with two SPF records on one name, receivers treat SPF as broken.',
        fr: 'Le domaine a besoin d’un enregistrement TXT « v=spf1 include:mx.ovh.com ~all » (au Canada, include:mx.ovh.ca). S’il a déjà un enregistrement SPF, ajoutez-y l’include au lieu d’en créer un second : avec deux enregistrements SPF sur un même nom, les destinataires considèrent le SPF comme en erreur.',
      },
      target: redBadges(['SPF'], { en: 'Click the red SPF badge for the value', fr: 'Cliquez sur la pastille rouge SPF pour voir la valeur' }),
    },
    {
      id: 'diagnostic-badges',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }, SPF_TXT], ['MX', 'SRV', 'CNAME', 'SPF', 'DKIM']),
      title: { en: 'Read the Diagnostic column', fr: 'Lire la colonne Diagnostic' },
      body: {
        en: 'Each associated domain has badges in the Diagnostic column: green is fine, red needs a change (click it to see which). When the domain\'s DNS is not at OVHcloud, make the change where its zone is hosted; the badges may take a while to follow, while this extension\'s check asks the DNS directly.',
        fr: 'Chaque domaine associé a des pastilles dans la colonne Diagnostic : vert, tout va bien ; rouge, une modification est à faire (cliquez pour savoir laquelle). Quand la zone DNS du domaine n’est pas chez OVHcloud, faites la modification là où elle est hébergée ; les pastilles peuvent mettre un moment à suivre, alors que la vérification de cette extension interroge directement le DNS.',
      },
      target: anyRedBadge({ en: 'Red: something to change', fr: 'Rouge : une modification à faire' }, { en: 'No red badge on this page: the panel asks for no change here.', fr: 'Aucune pastille rouge sur cette page : l’espace client ne demande aucune modification ici.' }),
    },
    {
      id: 'dkim',
      pageKinds: ['ovh-email-pro-dkim'],
      // Only the check: a domain row without a DKIM badge says nothing about whether DKIM is set up.
      doneWhenChecked: [{ type: 'CNAME', name: /\._domainkey\./ }],
      title: { en: 'Sign your mail (DKIM)', fr: 'Signer votre courrier (DKIM)' },
      body: {
        en: 'The domain\'s DKIM screen lists two selectors, ovhemp<N>-selector1 and ovhemp<N>-selector2, each with the target of a CNAME to create at <selector>._domainkey (it ends in dkim.mail.ovh.net). Create both, then come back to this screen to turn signing on once they answer.',
        fr: 'L’écran DKIM du domaine liste deux sélecteurs, ovhemp<N>-selector1 et ovhemp<N>-selector2, chacun avec la cible d’un CNAME à créer sur <sélecteur>._domainkey (elle finit par dkim.mail.ovh.net). Créez les deux, puis revenez sur cet écran pour activer la signature une fois qu’ils répondent.',
      },
    },
    {
      id: 'accounts',
      pageKinds: ['ovh-email-pro-accounts'],
      title: { en: 'Set up the accounts', fr: 'Configurer les comptes' },
      body: {
        en: 'Under Email accounts, the accounts you ordered and not yet set up show as "…@configureme.me". Edit each one: choose its address and domain, the name recipients see, and a strong password.',
        fr: 'Dans Comptes e-mail, les comptes commandés mais pas encore configurés apparaissent en « …@configureme.me ». Modifiez chacun : choisissez son adresse et son domaine, le nom que voient les destinataires, et un mot de passe robuste.',
      },
      target: { locator: [{ text: /^(modifier|modify)$/i }], hint: { en: 'Edit an account here', fr: 'Modifiez un compte ici' } },
    },
    {
      id: 'mail-apps',
      pageKinds: ['ovh-email-pro-accounts', ...GENERAL],
      title: { en: 'Connect your mail apps', fr: 'Connecter vos logiciels de messagerie' },
      body: {
        en: 'In a mail app, log in with the full address and its password. Server pro<N>.mail.ovh.net both ways: IMAP on port 993 with SSL/TLS, SMTP on port 587 with STARTTLS and authentication on. Apps that read the autodiscover SRV record find this by themselves.',
        fr: 'Dans un logiciel de messagerie, connectez-vous avec l’adresse complète et son mot de passe. Serveur pro<N>.mail.ovh.net dans les deux sens : IMAP sur le port 993 en SSL/TLS, SMTP sur le port 587 en STARTTLS avec authentification. Les logiciels qui lisent l’enregistrement SRV autodiscover trouvent ces réglages seuls.',
      },
      seeGuide: { id: 'mail-client-settings', label: { en: 'Open the mail app settings guide', fr: 'Ouvrir le guide des réglages des logiciels' } },
    },
  ],
});
