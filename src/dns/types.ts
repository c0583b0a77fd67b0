import type { Localized } from '../i18n/lang.js';
import type { DnsRecord, RecordType } from '../records/types.js';

/** The DNS response code by name, as dns-packet reports it (NOERROR, NXDOMAIN, SERVFAIL, REFUSED…). */
export type Rcode = string;

/** One resolver's answer to one question. */
export interface DohAnswer {
  rcode: Rcode;
  /** DNSSEC "authenticated data" flag of the response. */
  ad: boolean;
  /**
   * Answer-section records of the model's types (A, AAAA, CNAME, MX, TXT, SRV), each with its
   * own owner name: a question on an alias also returns the CNAME and the target's records.
   */
  records: DnsRecord[];
  /** NS records of the answer section (names without final dot), for name-server questions. */
  nameservers: string[];
  /** An answer without records: how long resolvers may cache that absence (SOA TTL/minimum, RFC 2308). */
  negativeTtl?: number;
  /**
   * The zone's SOA, from the answer (a question on the apex) or the authority section (a negative
   * answer names the zone that holds the name): where the zone starts and its primary server.
   */
  soa?: ZoneSoa;
}

export interface ZoneSoa {
  /** The SOA's owner: the zone's apex, without final dot. */
  zone: string;
  /** MNAME: the zone's primary name server, without final dot. */
  primary: string;
}

/**
 * A failure says why twice: `error` in English (the `byResolver` error string of the CLI's JSON,
 * which scripts read), `errorText` in every language (what check sentences and the report say).
 */
export type ResolverOutcome = { ok: true; answer: DohAnswer } | { ok: false; error: string; errorText: Localized };

export interface Question {
  name: string;
  type: RecordType | 'NS' | 'SOA';
}

/** What every configured resolver said about one question, keyed by resolver URL. */
export interface Observation extends Question {
  byResolver: Record<string, ResolverOutcome>;
}

export const DEFAULT_RESOLVERS = [
  'https://cloudflare-dns.com/dns-query',
  'https://dns.google/dns-query',
] as const;

export const DEFAULT_TIMEOUT_MS = 4000;
/** The whole check, whatever the resolvers do (the CLI's --deadline). */
export const DEFAULT_DEADLINE_MS = 5000;
