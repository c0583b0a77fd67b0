import { comparableKey } from '../records/comparable.js';
import type { DnsRecord, RecordType } from '../records/types.js';
import { formatRdata } from '../records/zone-file.js';
import type { Observation } from './types.js';

/** What the resolvers that answered say about one name and type, gathered once per question. */
export interface Evidence {
  name: string;
  type: RecordType;
  /** Resolver URL → rdata in zone-file presentation, or its error. */
  byResolver: Record<string, string[] | { error: string }>;
  /** Union of the records at this name and type, one per distinct rdata. */
  records: DnsRecord[];
  /** At least one resolver gave an authoritative-looking answer (NOERROR or NXDOMAIN). */
  answered: boolean;
  errors: string[];
  /** The name is an alias (a CNAME answered a question for another type). */
  aliasTarget?: string;
  ttl?: number;
  disagree: boolean;
  authenticated: boolean;
}

/** Rcodes that are answers about the zone; anything else (SERVFAIL, REFUSED…) is a failure to answer. */
const ANSWERS = new Set(['NOERROR', 'NXDOMAIN']);

const FAILURES: Record<string, string> = {
  SERVFAIL: 'SERVFAIL: the zone\'s name servers failed to answer',
  REFUSED: 'REFUSED: the resolver refused the question',
};

export function gatherEvidence(observation: Observation | undefined, name: string, type: RecordType): Evidence {
  const evidence: Evidence = { name, type, byResolver: {}, records: [], answered: false, errors: [], disagree: false, authenticated: true };
  const seen = new Map<string, DnsRecord>();
  const answerSets = new Set<string>();
  for (const [url, outcome] of Object.entries(observation?.byResolver ?? {})) {
    if (!outcome.ok || !ANSWERS.has(outcome.answer.rcode)) {
      const error = outcome.ok ? FAILURES[outcome.answer.rcode] ?? `${outcome.answer.rcode} from the resolver` : outcome.error;
      evidence.byResolver[url] = { error };
      evidence.errors.push(error);
      continue;
    }
    const { answer } = outcome;
    evidence.answered = true;
    evidence.authenticated &&= answer.ad;
    const here = answer.records.filter((r) => r.name === name && r.type === type);
    const alias = type === 'CNAME' ? undefined : answer.records.find((r) => r.name === name && r.type === 'CNAME');
    if (alias) evidence.aliasTarget = alias.value;
    for (const record of here) {
      seen.set(comparableKey(record), record);
      evidence.ttl = Math.max(evidence.ttl ?? 0, record.ttl);
    }
    const rdata = here.map(formatRdata).sort();
    evidence.byResolver[url] = rdata;
    answerSets.add(rdata.join('\n'));
  }
  evidence.records = [...seen.values()];
  evidence.disagree = answerSets.size > 1;
  if (!evidence.answered) evidence.authenticated = false;
  return evidence;
}
