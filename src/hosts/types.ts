import type { Localized } from '../i18n/lang.js';

/**
 * A company that serves DNS zones: where a customer edits the records that the world sees.
 * Data in known-hosts.ts; each entry says where its facts come from and when they were checked.
 */

/** D: the company's own documentation; F: several public field notes or scripts agree; I: inferred. */
export type Evidence = 'D' | 'F' | 'I';

export interface HostSource {
  evidence: Evidence;
  /** Where it shows: a public page's address (vendor documentation first), or the kind of public notes that agree. */
  where: string;
  /** ISO date the fact was last checked. */
  checked: string;
}

export interface HostDnsPage {
  /** The page's address; `{domain}` stands for the zone (punycode). Without it the page lists every zone. */
  url: string;
  source: HostSource;
}

export interface DnsHostEntry {
  /** Lowercase company slug (`cloudflare`, `google-cloud-dns`): the value sites' `hostId` names. */
  id: string;
  /** The company or product as customers know it. */
  name: string;
  /**
   * Name-server names, one glob per name: labels compared one by one, `*` standing for any run of
   * letters, digits and hyphens inside one label (`ns-*.awsdns-*.com`). No pattern spans labels.
   */
  nameservers: readonly string[];
  nameserverSource: HostSource;
  dnsPage?: HostDnsPage;
  /** When another company's zones also show these name servers (a merged product), said to the user. */
  ambiguity?: Localized;
}
