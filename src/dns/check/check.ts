import { comparableKey } from '../../records/comparable.js';
import type { RecordType } from '../../records/types.js';
import type { DesiredRecord, DesiredSet } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { isDkimName, proxiedAlias } from './proxied.js';
import { row } from './row.js';
import type { SpfLookups } from './spf.js';
import type { CheckRow } from './types.js';
import { type CheckContext, rowsOfViews } from './views.js';
import { type Evidence, gatherEvidence } from '../evidence.js';
import type { Observation, Question } from '../types.js';

/** Names whose CNAME clients may prefer over the autodiscover SRV record (email-dns-facts.md). */
const AUTODISCOVER_ALIASES = ['autodiscover', 'autoconfig'];

function autodiscoverSrv(set: DesiredSet): DesiredRecord | undefined {
  return set.records.find((r) => r.type === 'SRV' && r.name === `_autodiscover._tcp.${set.domain}`);
}

function aliasNamesToCheck(set: DesiredSet): string[] {
  if (!autodiscoverSrv(set)) return [];
  return AUTODISCOVER_ALIASES.map((label) => `${label}.${set.domain}`).filter(
    (name) => !set.records.some((r) => r.name === name && r.type === 'CNAME'),
  );
}

/**
 * Every question a check of this set needs (run-check asks them all at once): each record's
 * own, and what gives a Cloudflare proxy away at names that must not be proxied (the address
 * of a CNAME name or of `autodiscover`, the TXT a flattened DKIM CNAME answers).
 */
export function checkQuestions(set: DesiredSet): Question[] {
  const questions = new Map<string, Question>();
  const add = (name: string, type: RecordType) => questions.set(`${name}|${type}`, { name, type });
  for (const record of set.records) add(record.name, record.type);
  for (const record of set.records.filter((r) => r.type === 'CNAME')) {
    add(record.name, 'A');
    if (isDkimName(record.name)) add(record.name, 'TXT');
  }
  for (const name of aliasNamesToCheck(set)) {
    add(name, 'CNAME');
    add(name, 'A');
  }
  return [...questions.values()];
}

/** Where the records themselves are not there to judge: nobody answered, or a CNAME holds the name. */
function rowsFor(records: DesiredRecord[], evidence: Evidence, context: CheckContext): CheckRow[] {
  if (evidence.aliasTarget) {
    const retryAfterSeconds = longestTtl(evidence);
    return records.map((record) => ({ ...row(evidence, record, 'conflict', say.alias(record.name, evidence.aliasTarget!, record.type)), retryAfterSeconds }));
  }
  const rows = rowsOfViews(records, evidence, context);
  const notes = [
    ...(evidence.disagree ? [say.disagree(evidence.ttl)] : []),
    ...(evidence.throughAlias ? [say.throughAlias(evidence.name, evidence.throughAlias)] : []),
  ];
  return notes.length === 0 ? rows : rows.map((r) => ({ ...r, notes: [...(r.notes ?? []), ...notes] }));
}

function longestTtl(evidence: Evidence): number | null {
  const ttls = evidence.views.flatMap((view) => (view.ttl === undefined ? [] : [view.ttl]));
  return ttls.length > 0 ? Math.max(...ttls) : null;
}

/** `autodiscover` beside the SRV record: a CNAME there, or Cloudflare's proxy answering for it. */
function autodiscoverRows(name: string, srvName: string, evidence: Evidence, observed: CheckContext['observed']): CheckRow[] {
  const rows = evidence.found.map((alias) => {
    const key = comparableKey(alias);
    const ttls = evidence.views.flatMap((view) => view.records.filter((r) => comparableKey(r) === key).map((r) => r.ttl));
    return { ...row(evidence, null, 'conflict', say.autodiscoverAlias(name, alias.value, srvName)), retryAfterSeconds: Math.max(...ttls) };
  });
  const proxied = rows.length === 0 ? proxiedAlias(name, srvName, observed) : undefined;
  if (proxied) rows.push({ ...row(evidence, null, 'mismatch', proxied.message), retryAfterSeconds: proxied.ttl });
  return rows;
}

/**
 * Desired set vs what the resolvers answered: one row per desired record, in the set's order,
 * and one row per conflicting extra record, right after the rows of its name and type. Pure.
 */
export function check(set: DesiredSet, observations: Observation[], spfLookups?: SpfLookups): CheckRow[] {
  const byQuestion = new Map(observations.map((o) => [`${o.name}|${o.type}`, o]));
  const observed = (name: string, type: Question['type']) => byQuestion.get(`${name}|${type}`);
  const evidenceOf = (name: string, type: RecordType) => gatherEvidence(observed(name, type), name, type);
  const context: CheckContext = { set, observed, ...(spfLookups && { spfLookups }) };
  const groups = new Map<string, DesiredRecord[]>();
  for (const record of set.records) {
    const key = `${record.name}|${record.type}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const rows = [...groups.values()].flatMap((records) => rowsFor(records, evidenceOf(records[0]!.name, records[0]!.type), context));
  const srv = autodiscoverSrv(set);
  for (const name of srv ? aliasNamesToCheck(set) : []) rows.push(...autodiscoverRows(name, srv!.name, evidenceOf(name, 'CNAME'), observed));
  return rows;
}
