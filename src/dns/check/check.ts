import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord, RecordType } from '../../records/types.js';
import type { DesiredRecord, DesiredSet } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { checkMx } from './mx.js';
import { row } from './row.js';
import { checkSingle, checkTxt } from './single.js';
import { checkSpf, type SpfLookups } from './spf.js';
import type { CheckRow } from './types.js';
import { type Evidence, gatherEvidence, viewOf } from '../evidence.js';
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

/** Every question a check of this set needs (run-check asks them all at once). */
export function checkQuestions(set: DesiredSet): Question[] {
  const questions = new Map<string, Question>();
  const add = (name: string, type: RecordType) => questions.set(`${name}|${type}`, { name, type });
  for (const record of set.records) add(record.name, record.type);
  for (const name of aliasNamesToCheck(set)) add(name, 'CNAME');
  return [...questions.values()];
}

function judge(records: DesiredRecord[], evidence: Evidence, set: DesiredSet, spfLookups?: SpfLookups): CheckRow[] {
  if (records[0]!.type === 'MX') return checkMx(records, evidence, set.alternatives);
  return records.flatMap((record) => {
    if (record.spf) return checkSpf({ ...record, spf: record.spf }, evidence, spfLookups);
    if (record.type === 'TXT') return checkTxt(record, evidence);
    return checkSingle(record, evidence);
  });
}

const problems = (rows: CheckRow[]) => rows.filter((r) => r.status !== 'ok').length;

function withNote(rows: CheckRow[], note: Localized): CheckRow[] {
  return rows.map((r) => ({ ...r, notes: [...(r.notes ?? []), note] }));
}

function rowsFor(records: DesiredRecord[], evidence: Evidence, set: DesiredSet, spfLookups?: SpfLookups): CheckRow[] {
  if (!evidence.answered) {
    return records.map((record) => row(evidence, record, 'error', say.unanswered(evidence.errors)));
  }
  if (evidence.aliasTarget) {
    return records.map((record) => row(evidence, record, 'conflict', say.alias(record.name, evidence.aliasTarget!, record.type)));
  }
  let rows = judge(records, evidence, set, spfLookups);
  if (evidence.disagree) {
    // Pooling an old cached copy with the new zone would invent conflicts ("two SPF records") right
    // after a fix: judge each resolver's zone apart and keep the most complete one, with a note.
    const best = evidence.views.map((view) => judge(records, viewOf(evidence, view), set, spfLookups))
      .reduce((a, b) => (problems(b) < problems(a) ? b : a));
    rows = withNote(best, say.propagating(evidence.ttl));
  }
  return evidence.throughAlias ? withNote(rows, say.throughAlias(evidence.name, evidence.throughAlias)) : rows;
}

/**
 * Desired set vs what the resolvers answered: one row per desired record, in the set's order,
 * and one row per conflicting extra record, right after the rows of its name and type. Pure.
 */
export function check(set: DesiredSet, observations: Observation[], spfLookups?: SpfLookups): CheckRow[] {
  const byQuestion = new Map(observations.map((o) => [`${o.name}|${o.type}`, o]));
  const evidenceOf = (name: string, type: RecordType) => gatherEvidence(byQuestion.get(`${name}|${type}`), name, type);
  const groups = new Map<string, DesiredRecord[]>();
  for (const record of set.records) {
    const key = `${record.name}|${record.type}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const rows = [...groups.values()].flatMap((records) => rowsFor(records, evidenceOf(records[0]!.name, records[0]!.type), set, spfLookups));
  const srv = autodiscoverSrv(set);
  for (const name of srv ? aliasNamesToCheck(set) : []) {
    const evidence = evidenceOf(name, 'CNAME');
    rows.push(...evidence.records.map((alias: DnsRecord) => row(evidence, null, 'conflict', say.autodiscoverAlias(name, alias.value, srv!.name))));
  }
  return rows;
}
