import { localized } from '../../i18n/format.js';
import type { Localized } from '../../i18n/lang.js';

/**
 * Why a zone's own name server gave no usable answer, EN and FR: shown beside its `ns:<name>`
 * column (the English sentence is the `error` string of the CLI's JSON).
 */
export const nameServerMessages = {
  noAddress: (server: string): Localized => localized({
    en: `the resolvers know no address (A or AAAA) of {server}: give one with --ns-address {server}=IP.`,
    fr: `les résolveurs ne connaissent aucune adresse (A ou AAAA) de {server} : donnez-en une avec --ns-address {server}=IP.`,
  }, { server }),
  unreachable: (server: string, address: string, detail: string): Localized => localized({
    en: `{server} ({address}) could not be reached ({detail}): check the address, or that this network may send DNS queries (port 53) out.`,
    fr: `{server} ({address}) est injoignable (détail technique : {detail}) : vérifiez l’adresse, ou que ce réseau laisse sortir les requêtes DNS (port 53).`,
  }, { server, address, detail }),
  notDnsMessage: (server: string, detail: string): Localized => localized({
    en: `{server} replied with bytes that are not a DNS message ({detail}).`,
    fr: `{server} a répondu par des octets qui ne sont pas un message DNS (détail technique : {detail}).`,
  }, { server, detail }),
  wrongReply: (server: string, name: string, type: string): Localized => localized({
    en: `{server} sent a reply that does not answer {name} {type} (another id or question): not used.`,
    fr: `{server} a envoyé une réponse qui ne correspond pas à la question {name} {type} (autre identifiant ou autre question) : elle n’est pas prise en compte.`,
  }, { server, name, type }),
  notAuthoritative: (server: string, zone: string): Localized => localized({
    en: `{server} did not answer as a name server of {zone} (no AA flag): it may no longer serve the zone; compare the zone's NS records at the registrar with the DNS host.`,
    fr: `{server} n’a pas répondu comme serveur de noms de {zone} (pas de drapeau AA) : il ne sert peut-être plus la zone ; comparez les enregistrements NS de la zone chez le registraire avec l’hébergeur DNS.`,
  }, { server, zone }),
  truncated: (server: string): Localized => localized({
    en: `{server} sent a truncated answer (TC) even over TCP: this record could not be checked with it.`,
    fr: `{server} a envoyé une réponse tronquée (TC) même en TCP : cet enregistrement n’a pas pu être vérifié avec ce serveur.`,
  }, { server }),
};
