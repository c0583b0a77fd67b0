import type { Localized } from '../i18n/lang.js';
import { hostMessages as say } from '../hosts/messages.js';
import type { DnsHost } from './dns-host.js';

/** "The DNS of example.com is served by Cloudflare." — or what could not be told, and why. */
export function dnsHostSentence(domain: string, host: DnsHost | null | undefined): Localized {
  if (!host) return say.unknown(domain);
  if (host.id !== null) return say.servedBy(domain, host.name);
  return host.source === 'soa' ? say.servedBySoa(domain, host.name) : say.servedByUnlisted(domain, host.name);
}
