import type { Localized } from '../i18n/lang.js';
import { comparableKey } from '../records/comparable.js';
import type { DnsRecord, RecordType } from '../records/types.js';
import { formatRdata } from '../records/zone-file/index.js';
import { recordsAnswering } from './follow-aliases.js';
import { resolverMessages } from './resolver/messages.js';
import type { Observation } from './types.js';

/** One resolver's answer about the name and type: the zone as that resolver sees it. */
export interface ResolverView {
  url: string;
  records: DnsRecord[];
  /**
   * How long this answer may stay cached: the longest TTL left on its records, or the TTL of the
   * CNAME holding the name, or, when it holds nothing (NXDOMAIN/NODATA), the negative-cache time
   * (RFC 2308); undefined when unknown.
   */
  ttl?: number;
}

/** What the resolvers that answered say about one name and type, gathered once per question. */
export interface Evidence {
  name: string;
  type: RecordType;
  /** Resolver URL → rdata in zone-file presentation, or its error (English: the CLI's JSON). */
  byResolver: Record<string, string[] | { error: string }>;
  /** Resolver URL → why it gave no answer, in every language (only the resolvers that failed). */
  errorTexts: Record<string, Localized>;
  /** The records the rules judge: every resolver's, or one resolver's view (see views). */
  records: DnsRecord[];
  /** Union of the records all resolvers returned, one per distinct rdata: what the row shows. */
  found: DnsRecord[];
  /** Each answering resolver's records, in resolver order: while a change propagates, they differ. */
  views: ResolverView[];
  /** Resolvers that answered SERVFAIL: the name fails for their users (a broken delegation, DNSSEC). */
  servfail: string[];
  /** At least one resolver gave an answer about the zone (NOERROR or NXDOMAIN). */
  answered: boolean;
  /** Why no answer came, per failed resolver: said in the row's sentence when nobody answered. */
  errors: Localized[];
  /** The name is an alias whose chain holds no record of this type (nothing else may live there). */
  aliasTarget?: string;
  /** The records were reached through this alias (a delegated `_dmarc`, an include published as CNAME). */
  throughAlias?: string;
  /** Longest TTL seen, or how long the absence may stay cached: how long an old answer may persist. */
  ttl?: number;
  disagree: boolean;
  authenticated: boolean;
}

/** Rcodes that are answers about the zone; anything else (SERVFAIL, REFUSED…) is a failure to answer. */
const ANSWERS = new Set(['NOERROR', 'NXDOMAIN']);

export function gatherEvidence(observation: Observation | undefined, name: string, type: RecordType): Evidence {
  const evidence: Evidence = {
    name, type, byResolver: {}, errorTexts: {}, records: [], found: [], views: [], servfail: [], answered: false, errors: [], disagree: false, authenticated: true,
  };
  const seen = new Map<string, DnsRecord>();
  const answerSets = new Set<string>();
  let longest: number | undefined;
  for (const [url, outcome] of Object.entries(observation?.byResolver ?? {})) {
    if (!outcome.ok || !ANSWERS.has(outcome.answer.rcode)) {
      const error = outcome.ok ? resolverMessages.rcode(outcome.answer.rcode) : outcome.errorText;
      evidence.byResolver[url] = { error: outcome.ok ? error.en : outcome.error };
      evidence.errorTexts[url] = error;
      evidence.errors.push(error);
      if (outcome.ok && outcome.answer.rcode === 'SERVFAIL') evidence.servfail.push(url);
      continue;
    }
    const { answer } = outcome;
    evidence.answered = true;
    evidence.authenticated &&= answer.ad;
    const answering = recordsAnswering(answer.records, name, type);
    const { aliases } = answering;
    const here = inStableOrder(answering.records);
    if (aliases.length > 0) {
      if (here.length > 0) evidence.throughAlias = aliases[0];
      else evidence.aliasTarget = aliases[0];
    }
    for (const record of here) seen.set(comparableKey(record), record);
    const ttl = here.length > 0 ? Math.max(...here.map((record) => record.ttl)) : aliasTtl(answer.records, name) ?? answer.negativeTtl;
    if (ttl !== undefined) longest = Math.max(longest ?? 0, ttl);
    const rdata = here.map(formatRdata);
    evidence.byResolver[url] = rdata;
    evidence.views.push({ url, records: here, ...(ttl !== undefined && { ttl }) });
    answerSets.add(rdata.join('\n'));
  }
  evidence.found = inStableOrder([...seen.values()]);
  evidence.records = evidence.found;
  evidence.disagree = answerSets.size > 1;
  if (longest !== undefined) evidence.ttl = longest;
  if (!evidence.answered) evidence.authenticated = false;
  return evidence;
}

/** The TTL left on the CNAME that holds the name, when the name is an alias. */
function aliasTtl(records: readonly DnsRecord[], name: string): number | undefined {
  return records.find((record) => record.type === 'CNAME' && record.name === name)?.ttl;
}

/** The same evidence as one resolver saw it: the rules then judge a zone that exists somewhere. */
export function viewOf(evidence: Evidence, records: DnsRecord[]): Evidence {
  return { ...evidence, records };
}

/**
 * Resolvers rotate the records of an answer (round robin), so the order they came in means
 * nothing: rows, conflicts and answers list them in one fixed order instead, lowest MX or SRV
 * priority first, then by their text in code-point order (not the locale's). A check of the
 * same zone then reads the same every time.
 */
function inStableOrder(records: readonly DnsRecord[]): DnsRecord[] {
  const keyed = records.map((record) => ({ record, text: formatRdata(record) }));
  keyed.sort((a, b) => (a.record.priority ?? 0) - (b.record.priority ?? 0) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return keyed.map((k) => k.record);
}
