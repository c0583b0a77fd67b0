import { localized } from '../../i18n/format.js';
import type { Localized } from '../../i18n/lang.js';

/** What Domain Connect discovery says to the user, EN and FR side by side. */
export const domainConnectMessages = {
  refused: (value: string): Localized => localized({
    en: `The zone's _domainconnect record points at "{value}", which is not a Domain Connect provider the assistant knows: nothing was fetched from it.`,
    fr: `L’enregistrement _domainconnect de la zone désigne « {value} », qui n’est pas un fournisseur Domain Connect connu de l’assistant : rien n’y a été demandé.`,
  }, { value }),
  apiRefused: (url: string): Localized => localized({
    en: `The provider's settings name an API address ({url}) outside its known addresses: no template was asked there.`,
    fr: `Les réglages du fournisseur donnent une adresse d’API ({url}) hors de ses adresses connues : aucun modèle n’y a été demandé.`,
  }, { url }),
  notHeld: (zone: string): Localized => localized({
    en: `The Domain Connect provider answered that it does not hold {zone} (HTTP 404): its _domainconnect record is probably left over from an earlier host.`,
    fr: `Le fournisseur Domain Connect a répondu qu’il ne gère pas {zone} (HTTP 404) : son enregistrement _domainconnect reste sans doute d’un ancien hébergeur.`,
  }, { zone }),
  httpStatus: (status: number): Localized => localized({
    en: `The Domain Connect provider answered HTTP {status}: try again later.`,
    fr: `Le fournisseur Domain Connect a répondu HTTP {status} : réessayez plus tard.`,
  }, { status }),
  redirected: (): Localized => localized({
    en: 'The Domain Connect provider answered with a redirect, which the assistant does not follow.',
    fr: 'Le fournisseur Domain Connect a répondu par une redirection, que l’assistant ne suit pas.',
  }),
  badBody: (detail: string): Localized => localized({
    en: `The Domain Connect provider's settings are not what the specification says ({detail}): they were ignored.`,
    fr: `Les réglages du fournisseur Domain Connect ne sont pas conformes à la spécification ({detail}) : ils ont été ignorés.`,
  }, { detail }),
  unreachable: (detail: string): Localized => localized({
    en: `The Domain Connect provider could not be reached ({detail}).`,
    fr: `Le fournisseur Domain Connect n’a pas pu être joint (détail technique : {detail}).`,
  }, { detail }),
  timedOut: (ms: number): Localized => localized({
    en: `The Domain Connect provider did not answer within {ms} ms.`,
    fr: `Le fournisseur Domain Connect n’a pas répondu en {ms} ms.`,
  }, { ms }),
  templateSupported: (host: string, template: string): Localized => localized({
    en: `{host} holds the Domain Connect template {template}: the service's own setup can write these records there in one click.`,
    fr: `{host} dispose du modèle Domain Connect {template} : la configuration du service peut y écrire ces enregistrements en un clic.`,
  }, { host, template }),
  templateNotSupported: (host: string, template: string): Localized => localized({
    en: `{host} does not hold the Domain Connect template {template}: add the records by hand.`,
    fr: `{host} ne dispose pas du modèle Domain Connect {template} : ajoutez les enregistrements à la main.`,
  }, { host, template }),
  oneClickMicrosoft365: (host: string): Localized => localized({
    en: `{host} supports Microsoft 365's Domain Connect template: in the Microsoft 365 admin center, adding the domain offers to set these records up for you (one click, then sign in at {host}).`,
    fr: `{host} prend en charge le modèle Domain Connect de Microsoft 365 : dans le centre d’administration Microsoft 365, l’ajout du domaine propose de créer ces enregistrements pour vous (un clic, puis connexion chez {host}).`,
  }, { host }),
};

/** What the template probe found, for the user; undefined when nothing was asked. */
export function templateSupportSentence(host: string, support: { template: { providerId: string; serviceId: string }; supported: boolean } | undefined): Localized | undefined {
  if (!support) return undefined;
  const { providerId, serviceId } = support.template;
  if (support.supported && providerId === 'microsoft.com' && serviceId.toLowerCase() === 'o365') return domainConnectMessages.oneClickMicrosoft365(host);
  const name = `${providerId}/${serviceId}`;
  return support.supported ? domainConnectMessages.templateSupported(host, name) : domainConnectMessages.templateNotSupported(host, name);
}
