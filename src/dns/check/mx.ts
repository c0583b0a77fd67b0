import type { Localized } from '../../i18n/lang.js';
import { comparableKey } from '../../records/comparable.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/index.js';
import type { DesiredRecord, DesiredSet } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { row } from './row.js';
import type { CheckRow } from './types.js';
import type { Evidence } from '../evidence.js';

/**
 * The MX set of one name. A zone holding a complete alternative set (the control panel's own)
 * is correct: the guide's rows it lacks read ok with the alternative's note, and no record of
 * either set is ever a conflict. Only an MX to another host is.
 */
export function checkMx(desired: DesiredRecord[], evidence: Evidence, alternatives: DesiredSet['alternatives']): CheckRow[] {
  const found = new Set(evidence.records.map(comparableKey));
  const relevant = alternatives.filter((alt) => alt.records.some((r) => r.type === 'MX' && r.name === evidence.name));
  const complete = relevant.find((alt) => alt.records.every((r) => found.has(comparableKey(r))));
  const rows = desired.map((record) => mxRow(record, evidence, found, complete?.note));
  const known = new Set([...desired, ...relevant.flatMap((alt) => alt.records)].map((r) => r.value));
  const foreign = evidence.records.filter((r) => !known.has(r.value));
  return [...rows, ...foreign.map((r) => row(evidence, null, 'conflict', say.foreignMx(evidence.name, formatRdata(r))))];
}

function mxRow(record: DesiredRecord, evidence: Evidence, found: Set<string>, alternativeNote: Localized | undefined): CheckRow {
  if (found.has(comparableKey(record))) return row(evidence, record, 'ok', say.ok());
  if (alternativeNote) return row(evidence, record, 'ok', alternativeNote);
  const sameHost: DnsRecord | undefined = evidence.records.find((r) => r.value === record.value);
  if (sameHost) return row(evidence, record, 'mismatch', say.mismatch('MX', record.name, formatRdata(sameHost), formatRdata(record)));
  return row(evidence, record, 'missing', say.missing('MX', record.name, formatRdata(record)));
}
