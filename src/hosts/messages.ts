import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

/**
 * What the assistant says about a zone's DNS host, EN and FR side by side: the CLI's `host`
 * command, the check table, the popup and the side panel all say it in these words.
 */
export const hostMessages = {
  servedBy: (domain: string, host: string): Localized => localized({
    en: `The DNS of {domain} is served by {host}.`,
    fr: `Le DNS de {domain} est servi par {host}.`,
  }, { domain, host }),
  servedByUnlisted: (domain: string, host: string): Localized => localized({
    en: `The DNS of {domain} is served by {host} (named after its name servers: the company is not in the assistant's list).`,
    fr: `Le DNS de {domain} est servi par {host} (d’après ses serveurs de noms : cette société n’est pas dans la liste de l’assistant).`,
  }, { domain, host }),
  servedBySoa: (domain: string, host: string): Localized => localized({
    en: `The DNS of {domain} is served by {host} (named after the zone's primary server in its SOA record: the company is not in the assistant's list).`,
    fr: `Le DNS de {domain} est servi par {host} (d’après le serveur primaire de l’enregistrement SOA de la zone : cette société n’est pas dans la liste de l’assistant).`,
  }, { domain, host }),
  unknown: (domain: string): Localized => localized({
    en: `Who serves the DNS of {domain} could not be told: neither its name servers nor its SOA record could be read. Check the domain's spelling, then try again.`,
    fr: `Impossible de dire qui sert le DNS de {domain} : ni ses serveurs de noms ni son enregistrement SOA n’ont pu être lus. Vérifiez l’orthographe du domaine, puis réessayez.`,
  }, { domain }),
  noSuchDomain: (domain: string): Localized => localized({
    en: `{domain} does not exist in the DNS (NXDOMAIN): check its spelling, or register it first.`,
    fr: `{domain} n’existe pas dans le DNS (NXDOMAIN) : vérifiez son orthographe, ou enregistrez-le d’abord.`,
  }, { domain }),
  editHere: (host: string): Localized => localized({
    en: `Add the records in {host}'s DNS page: that is the zone the world sees.`,
    fr: `Ajoutez les enregistrements sur la page DNS de {host} : c’est la zone que le monde voit.`,
  }, { host }),
  openDnsPage: (host: string): Localized => localized({
    en: `Open {host}'s DNS page`,
    fr: `Ouvrir la page DNS de {host}`,
  }, { host }),
  inferredPage: (): Localized => localized({
    en: 'this address is inferred, not documented: if it does not open the zone, open it from the home page of your account.',
    fr: 'cette adresse est déduite, non documentée : si elle n’ouvre pas la zone, passez par l’accueil de votre compte.',
  }),
  otherEditor: (editor: string, host: string): Localized => localized({
    en: `You are editing {editor}'s zone, but the domain's DNS is served by {host}: records added here will not be used.`,
    fr: `Vous modifiez la zone chez {editor}, mais le DNS du domaine est servi par {host} : les enregistrements ajoutés ici ne seront pas utilisés.`,
  }, { editor, host }),
  unknownEditor: (host: string): Localized => localized({
    en: `The domain's DNS is served by {host}: make sure this page edits {host}'s zone, or records added here will not be used.`,
    fr: `Le DNS du domaine est servi par {host} : vérifiez que cette page modifie bien la zone chez {host}, sinon les enregistrements ajoutés ici ne seront pas utilisés.`,
  }, { host }),
  source: {
    nameservers: { en: 'from its name servers', fr: 'd’après ses serveurs de noms' },
    soa: { en: 'from the SOA record of the zone', fr: 'd’après l’enregistrement SOA de la zone' },
    'domain-connect': { en: 'from its Domain Connect settings', fr: 'd’après ses réglages Domain Connect' },
  } satisfies Record<string, Localized>,
};
