import type { Localized } from '../../i18n/lang.js';
import { canonicalIPv6, parseIPv4 } from '../../records/ip-address.js';
import type { DnsRecord } from '../../records/types.js';
import { buildCapture } from '../build-capture.js';
import { domainOfPlatformName } from '../domain-guess.js';
import { hostName } from '../panel/text.js';
import { type PasteResult, pasteRefused } from '../types.js';
import { localized } from '../../i18n/format.js';
import { joined } from '../../i18n/phrases.js';

/**
 * The Private Exchange delivery e-mail sent when "DNS Assist" is not ticked (seed 001): it
 * names the platform (a sub-domain chosen at setup) and gives its IPv4 and IPv6. The e-mail's
 * wording is not published, so we read labels loosely but values strictly: one labelled
 * server name, exactly one IPv4, at most one IPv6.
 */
const SERVER_LINE =
  /(?:nom du serveur|nom de (?:votre|la) plateforme|serveur|server name|platform name|server|hostname|fqdn)\s*:\s*([A-Za-z0-9._-]+)/iu;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
// Candidates only: every one is checked by canonicalIPv6 before use.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

export function looksLikeDeliveryEmail(text: string): boolean {
  return /private\s+exchange|ipv4|ipv6/i.test(text) && ipv4Candidates(text).length > 0;
}

function ipv4Candidates(text: string): string[] {
  return [...new Set([...text.matchAll(IPV4)].map((m) => m[0]).filter((ip) => parseIPv4(ip) !== undefined))];
}

function ipv6Candidates(text: string): string[] {
  return [...new Set([...text.matchAll(IPV6)].map((m) => canonicalIPv6(m[0])).filter((ip): ip is string => ip !== undefined))];
}

export function parseDeliveryEmail(text: string, context: { domain?: string } = {}): PasteResult {
  const ipv4 = ipv4Candidates(text);
  const ipv6 = ipv6Candidates(text);
  const serverRaw = SERVER_LINE.exec(text)?.[1];
  const server = serverRaw ? hostName(serverRaw) : undefined;
  const problems: Localized[] = [];
  if (!server) {
    problems.push(localized({
      en: 'no server name ("Server name: exchange.example.com")',
      fr: 'le nom du serveur manque (« Nom du serveur : exchange.example.com »)',
    }));
  }
  if (ipv4.length === 0) problems.push(localized({ en: 'no IPv4 address', fr: 'l’adresse IPv4 manque' }));
  if (ipv4.length > 1) problems.push(localized({ en: `several IPv4 addresses ({addresses})`, fr: `il y a plusieurs adresses IPv4 ({addresses})` }, { addresses: ipv4.join(', ') }));
  if (ipv6.length > 1) problems.push(localized({ en: `several IPv6 addresses ({addresses})`, fr: `il y a plusieurs adresses IPv6 ({addresses})` }, { addresses: ipv6.join(', ') }));
  if (problems.length > 0) {
    return pasteRefused(localized({
      en: `This looks like the Private Exchange delivery e-mail but it has {problems}: paste the e-mail's lines with the server name and its addresses, or type them in the form.`,
      fr: `Cela ressemble à l’e-mail de livraison Private Exchange, mais {problems} : collez les lignes de l’e-mail avec le nom du serveur et ses adresses, ou saisissez-les dans le formulaire.`,
    }, { problems: joined(problems, localized({ en: ' and ', fr: ' et ' })) }));
  }
  // The platform lives in the customer's own domain; the registrable part is that domain.
  const domain = context.domain ?? domainOfPlatformName(server!);
  if (!domain || !(server === domain || server!.endsWith(`.${domain}`))) {
    return pasteRefused(localized({
      en: `The server name {server} is not inside {domain}: check the domain you are setting up.`,
      fr: `Le nom du serveur {server} n’est pas dans {domain} : vérifiez le domaine que vous configurez.`,
    }, { server: server!, domain: domain ?? localized({ en: 'a domain', fr: 'un domaine' }) }));
  }
  const source = 'pasted-delivery-email' as const;
  const values: Record<string, { value: string; source: typeof source }> = {
    server_name: { value: server!, source },
    ipv4: { value: ipv4[0]!, source },
  };
  if (ipv6[0]) values.ipv6 = { value: ipv6[0], source };
  const { capture, notes } = buildCapture(domain, 'ovh-private-exchange', values);
  if (!capture) return pasteRefused(notes[0]!);
  const records: DnsRecord[] = [{ type: 'A', name: server!, ttl: 3600, value: ipv4[0]! }];
  if (ipv6[0]) records.push({ type: 'AAAA', name: server!, ttl: 3600, value: ipv6[0] });
  if (!ipv6[0]) {
    notes.push(localized({
      en: 'The text gives no IPv6 address: only the A record is created; add the AAAA later if the platform has one.',
      fr: 'Le texte ne donne pas d’adresse IPv6 : seul l’enregistrement A est créé ; ajoutez l’enregistrement AAAA plus tard si la plateforme en a une.',
    }));
  }
  return { ok: true, shape: 'delivery-email', capture, records, notes };
}
