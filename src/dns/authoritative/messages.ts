import type { Localized } from '../../i18n/lang.js';

/**
 * Why a zone's own name server gave no usable answer, EN and FR: shown beside its `ns:<name>`
 * column (the English sentence is the `error` string of the CLI's JSON).
 */
export const nameServerMessages = {
  noAddress: (server: string): Localized => ({
    en: `the resolvers know no address (A or AAAA) of ${server}: give one with --ns-address ${server}=IP.`,
    fr: `les résolveurs ne connaissent aucune adresse (A ou AAAA) de ${server}\u00a0: donnez-en une avec --ns-address ${server}=IP.`,
  }),
  unreachable: (server: string, address: string, detail: string): Localized => ({
    en: `${server} (${address}) could not be reached (${detail}): check the address, or that this network may send DNS queries (port 53) out.`,
    fr: `${server} (${address}) est injoignable (détail technique\u00a0: ${detail})\u00a0: vérifiez l’adresse, ou que ce réseau laisse sortir les requêtes DNS (port 53).`,
  }),
  notDnsMessage: (server: string, detail: string): Localized => ({
    en: `${server} replied with bytes that are not a DNS message (${detail}).`,
    fr: `${server} a répondu par des octets qui ne sont pas un message DNS (détail technique\u00a0: ${detail}).`,
  }),
  wrongReply: (server: string, name: string, type: string): Localized => ({
    en: `${server} sent a reply that does not answer ${name} ${type} (another id or question): not used.`,
    fr: `${server} a envoyé une réponse qui ne correspond pas à la question ${name} ${type} (autre identifiant ou autre question)\u00a0: elle n’est pas prise en compte.`,
  }),
  notAuthoritative: (server: string, zone: string): Localized => ({
    en: `${server} did not answer as a name server of ${zone} (no AA flag): it may no longer serve the zone; compare the zone's NS records at the registrar with the DNS host.`,
    fr: `${server} n’a pas répondu comme serveur de noms de ${zone} (pas de drapeau AA)\u00a0: il ne sert peut-être plus la zone\u202f; comparez les enregistrements NS de la zone chez le registraire avec l’hébergeur DNS.`,
  }),
  truncated: (server: string): Localized => ({
    en: `${server} sent a truncated answer (TC) even over TCP: this record could not be checked with it.`,
    fr: `${server} a envoyé une réponse tronquée (TC) même en TCP\u00a0: cet enregistrement n’a pas pu être vérifié avec ce serveur.`,
  }),
};
