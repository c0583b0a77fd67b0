import { typeset } from '../i18n/typeset.js';
import { OWNERSHIP_CNAME, SPF_TXT } from './check-matches.js';
import { anyRedBadge, badgeStep, redBadges } from './ovh-badges.js';
import type { Guide } from './types.js';

const DOMAINS = ['ovh-exchange-domains'];
const WIZARD = ['ovh-exchange-wizard'];

/** Hosted Exchange, first steps in the OVHcloud control panel (facts from seed 000, our own words). */
export const hostedExchangeFirstSteps: Guide = typeset({
  id: 'hosted-exchange-first-steps',
  kind: 'service',
  services: ['ovh-hosted-exchange'],
  adapterId: 'ovh-email-panel',
  source: 'seed 000 (OVHcloud, first steps with Hosted Exchange, 2024-09-03)',
  title: { en: 'Hosted Exchange: first steps', fr: 'Hosted Exchange : premiers pas' },
  summary: {
    en: 'Set up a new Hosted Exchange service: the configuration assistant, the DNS records, extra domains and the Diagnostic column.',
    fr: 'Mettre en route un nouveau service Hosted Exchange : l’assistant de configuration, les enregistrements DNS, les domaines supplémentaires et la colonne Diagnostic.',
  },
  steps: [
    {
      id: 'open-service',
      pageKinds: ['ovh-exchange-general'],
      doneWhenLater: true,
      title: { en: 'Open the service', fr: 'Ouvrir le service' },
      body: {
        en: 'In the OVHcloud control panel, go to Microsoft, then Exchange, and pick the service. Its name starts with "hosted-" and ends with a number (1 for your first one).',
        fr: 'Dans l’espace client OVHcloud, allez dans Microsoft, puis Exchange, et choisissez le service. Son nom commence par « hosted- » et finit par un chiffre (1 pour le premier).',
      },
    },
    {
      id: 'wizard-start',
      pageKinds: WIZARD,
      doneWhenLater: true,
      title: { en: 'Start the configuration assistant', fr: 'Lancer l’assistant de configuration' },
      body: {
        en: 'The first time you open the service, an assistant appears. Click Start to begin.',
        fr: 'À la première ouverture du service, un assistant s’affiche. Cliquez sur Commencer.',
      },
      target: { locator: ['#wizard-start', { text: /^(commencer|start)$/i }], hint: { en: 'Click here to start', fr: 'Cliquez ici pour commencer' } },
    },
    {
      id: 'wizard-domain',
      pageKinds: WIZARD,
      title: { en: 'Choose the domain', fr: 'Choisir le domaine' },
      body: {
        en: 'Pick one of your domains in the list. If the domain is managed elsewhere (another account or another registrar) but you can edit its DNS, tick "My domain name is not in the list" and type it.',
        fr: 'Choisissez un de vos domaines dans la liste. S’il est géré ailleurs (autre compte ou autre bureau d’enregistrement) mais que vous pouvez modifier sa zone DNS, cochez « Mon nom de domaine ne figure pas dans la liste » et saisissez-le.',
      },
    },
    {
      id: 'wizard-only-exchange',
      pageKinds: WIZARD,
      title: { en: 'Exchange alone, or with another mail service?', fr: 'Exchange seul, ou avec un autre service e-mail ?' },
      body: {
        en: 'Answer yes if the domain uses only OVHcloud e-mail offers: the DNS can then be set automatically or by hand with OVHcloud\'s servers. Answer no if another, external mail service keeps receiving mail for the domain: you will be asked for its receiving server under "Relay server (SMTP)".',
        fr: 'Répondez oui si le domaine n’utilise que des offres e-mail OVHcloud : la zone DNS peut alors être configurée automatiquement ou à la main avec les serveurs OVHcloud. Répondez non si un service e-mail externe continue de recevoir le courrier du domaine : on vous demandera son serveur de réception sous « Serveur relais (SMTP) ».',
      },
    },
    {
      id: 'wizard-dns-mode',
      pageKinds: WIZARD,
      title: { en: 'Automatic or manual DNS', fr: 'DNS automatique ou manuel' },
      body: {
        en: 'Automatic works only when the domain\'s zone is at OVHcloud in the same account as the service. Otherwise choose manual: the values to enter appear at the end of the assistant and stay available under Associated domains.',
        fr: 'Le mode automatique ne fonctionne que si la zone du domaine est chez OVHcloud, dans le même compte que le service. Sinon, choisissez le mode manuel : les valeurs à saisir s’affichent à la fin de l’assistant et restent disponibles dans Domaines associés.',
      },
    },
    {
      id: 'wizard-accounts',
      pageKinds: [...WIZARD, 'ovh-exchange-accounts'],
      title: { en: 'Name the accounts', fr: 'Nommer les comptes' },
      body: {
        en: 'Choose the addresses of your Exchange accounts. Accounts still waiting show as "@configureme.me" under Email accounts: click the pencil to set them up later.',
        fr: 'Choisissez les adresses de vos comptes Exchange. Les comptes en attente apparaissent en « @configureme.me » dans Comptes e-mail : cliquez sur le crayon pour les configurer plus tard.',
      },
    },
    {
      id: 'cname-ownership',
      // The CNAME badge shows only while validation is pending: gone or green means done.
      ...badgeStep(DOMAINS, [OWNERSHIP_CNAME], ['CNAME']),
      title: { en: 'Prove you own the domain (CNAME)', fr: 'Prouver que le domaine est à vous (CNAME)' },
      body: {
        en: 'When the domain is not in the same OVHcloud account, the panel asks for a CNAME record: the name is a code followed by "-check", the target is ovh.com. Until it exists, the platform cannot use the domain. Click the red CNAME badge to see the exact name; this extension reads it for you.',
        fr: 'Quand le domaine n’est pas dans le même compte OVHcloud, l’espace client demande un enregistrement CNAME : le nom est un code suivi de « -check », la cible est ovh.com. Tant qu’il n’existe pas, la plateforme ne peut pas utiliser le domaine. Cliquez sur la pastille rouge CNAME pour voir le nom exact ; cette extension le lit pour vous.',
      },
      target: redBadges(['CNAME'], { en: 'Click the red CNAME badge', fr: 'Cliquez sur la pastille rouge CNAME' }),
    },
    {
      id: 'dns-values',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }], ['MX', 'SRV']),
      title: { en: 'Enter the DNS values', fr: 'Saisir les valeurs DNS' },
      body: {
        en: 'With manual DNS, a window lists what the zone needs: MX records (they receive your mail) and an SRV record (it lets mail apps configure themselves). Add them at the company that hosts the domain\'s DNS.',
        fr: 'En DNS manuel, une fenêtre liste ce que la zone doit contenir : les enregistrements MX (ils reçoivent votre courrier) et un enregistrement SRV (il permet aux logiciels de messagerie de se configurer seuls). Ajoutez-les chez l’hébergeur DNS du domaine.',
      },
      target: redBadges(['MX', 'SRV'], { en: 'Click a red badge to see the values', fr: 'Cliquez sur une pastille rouge pour voir les valeurs' }),
    },
    {
      id: 'add-domains',
      pageKinds: DOMAINS,
      title: { en: 'Add more domains (optional)', fr: 'Ajouter des domaines (facultatif)' },
      body: {
        en: 'Under Associated domains, "Add a domain" runs the same steps for another domain. All addresses of the service share one address book, whatever their domain; a separate service keeps them apart.',
        fr: 'Dans Domaines associés, « Ajouter un domaine » reprend les mêmes étapes pour un autre domaine. Toutes les adresses du service partagent un même annuaire, quel que soit leur domaine ; un service séparé permet de les isoler.',
      },
      target: { locator: ['#add-domain', { text: /^(ajouter un domaine|add a domain)$/i }], hint: { en: 'Add another domain here', fr: 'Ajoutez un autre domaine ici' } },
    },
    {
      id: 'dkim',
      pageKinds: ['ovh-exchange-dkim'],
      doneWhenChecked: [{ type: 'CNAME', name: /\._domainkey\./ }],
      // A row without a DKIM badge says nothing about DKIM: only a green DKIM badge (or the check) proves it.
      doneWhenBadgesOk: ['DKIM'],
      title: { en: 'Sign your mail (DKIM)', fr: 'Signer votre courrier (DKIM)' },
      body: {
        en: 'The DKIM screen of a domain gives two selectors and, for each, the CNAME target to create at <selector>._domainkey. Create both, then turn DKIM on in the panel once they resolve.',
        fr: 'L’écran DKIM d’un domaine donne deux sélecteurs et, pour chacun, la cible du CNAME à créer sur <sélecteur>._domainkey. Créez les deux, puis activez DKIM dans l’espace client une fois qu’ils répondent.',
      },
    },
    {
      id: 'diagnostic-badges',
      ...badgeStep(DOMAINS, [{ type: 'MX' }, { type: 'SRV' }, SPF_TXT], ['MX', 'SRV', 'CNAME', 'SPF', 'DKIM']),
      title: { en: 'Read the Diagnostic column', fr: 'Lire la colonne Diagnostic' },
      body: {
        en: 'Each domain shows badges (MX, SRV, CNAME, SPF, DKIM): green means fine, red means something to do; click a red one to see what. If the domain does not use OVHcloud\'s DNS servers, make the change where its zone is hosted.',
        fr: 'Chaque domaine affiche des pastilles (MX, SRV, CNAME, SPF, DKIM) : vert, tout va bien ; rouge, il y a une action à faire ; cliquez sur une rouge pour savoir laquelle. Si le domaine n’utilise pas les serveurs DNS d’OVHcloud, faites la modification là où sa zone est hébergée.',
      },
      target: anyRedBadge({ en: 'Red: something to do', fr: 'Rouge : une action à faire' }, { en: 'No red badge on this page: the panel asks for nothing here.', fr: 'Aucune pastille rouge sur cette page : l’espace client ne demande rien ici.' }),
    },
  ],
});
