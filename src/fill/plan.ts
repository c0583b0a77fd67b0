import { check, checkQuestions } from '../dns/check/check.js';
import { txtInTheWay } from '../dns/check/single.js';
import type { CheckRow } from '../dns/check/types.js';
import { comparableKey } from '../records/comparable.js';
import { normalizeRecord } from '../records/normalize.js';
import { isSpf, mergeSpfRecords } from '../records/spf/index.js';
import type { DnsRecord, RecordType } from '../records/types.js';
import { formatRdata } from '../records/zone-file/format.js';
import type { DesiredRecord, DesiredSet } from '../services/desired.js';
import type { EditorConventions } from './editor-spec.js';
import { toSiteFields } from './notation.js';
import { observationsFromRows } from './page-observations.js';
import { planMessages as say } from './plan-messages.js';
import type { ConflictKind, FillPlan, PlanConflict, PlanOptions, RecordTypeSet } from './types.js';

/** The kind of conflict an extra record of each type is (an alias otherwise). */
const EXTRA_KIND: Partial<Record<RecordType, ConflictKind>> = { MX: 'old-mx', TXT: 'txt' };

/** Types where a second record beside a different one is wrong, so nothing is added (only shown). */
const SINGLE_VALUED = new Set(['CNAME', 'TXT']);

function rowFor(rows: CheckRow[], record: DnsRecord): CheckRow | undefined {
  const expected = formatRdata(record);
  return rows.find((row) => row.type === record.type && row.name === record.name && row.expected === expected);
}

function spfDecision(record: DesiredRecord & { spf: NonNullable<DesiredRecord['spf']> }, existing: DnsRecord[], row: CheckRow | undefined, options: PlanOptions) {
  const spfs = existing.filter((r) => r.type === 'TXT' && r.name === record.name && isSpf(r.value));
  if (spfs.length === 0) return { add: true as const };
  if (row?.status === 'ok') return { present: true as const };
  const merged = mergeSpfRecords(spfs.map((r) => r.value), record.spf.rules);
  if (spfs.length > 1) {
    return { conflict: { kind: 'two-spf', existing: spfs, desired: record, merged, message: say.twoSpf(record.name, merged) } satisfies PlanConflict };
  }
  // The policy has the service's rules already but receivers reject it (a permerror: a bad term,
  // too many lookups): merging gives the same text, so nothing is to replace; the check says what to fix.
  if (merged === spfs[0]!.value && row) return { conflict: { kind: 'spf', existing: spfs, desired: record, message: row.message } satisfies PlanConflict };
  const conflict: PlanConflict = { kind: 'spf', existing: spfs, desired: record, merged, message: say.spf(spfs[0]!, merged) };
  return options.replaceSpf ? { conflict, replace: { existing: spfs[0]!, replacement: { ...normalizeRecord(record), value: merged } } } : { conflict };
}

/**
 * The addresses of the other family at the record's name that the service does not want (an AAAA
 * beside its A): visitors would reach two servers (Domain Connect, "Record Types and Conflicts").
 */
function addressesOfOtherFamily(record: DnsRecord, rows: readonly DnsRecord[], wantedKeys: ReadonlySet<string>): DnsRecord[] {
  const other = record.type === 'A' ? 'AAAA' : record.type === 'AAAA' ? 'A' : undefined;
  return rows.filter((r) => r.type === other && r.name === record.name && !wantedKeys.has(comparableKey(r)));
}

/**
 * What a fill would do on this page, before anything is touched: the records to add, those
 * already there, the conflicts (judged by the engine's check on the page's rows), and what the
 * site cannot take. Nothing existing is ever planned for deletion; the one edit is the SPF
 * replacement, and only with `options.replaceSpf`. Pure.
 */
export function planFill(
  desired: DesiredSet,
  existing: readonly DnsRecord[],
  capabilities: RecordTypeSet,
  conventions: EditorConventions,
  options: PlanOptions = {},
): FillPlan {
  const zone = desired.domain;
  const rows = existing.map(normalizeRecord);
  const keys = new Set(rows.map(comparableKey));
  const checkRows = check(desired, observationsFromRows(checkQuestions(desired), rows));
  const plan: FillPlan = { zone, toAdd: [], present: [], conflicts: [], toReplace: [], unsupported: [] };
  const add = (record: DnsRecord) => plan.toAdd.push({ record, ...toSiteFields(record, zone, conventions) });
  // A record the service wants is never in the way, even when its name also holds the extra one.
  const wantedKeys = new Set(desired.records.map(comparableKey));
  const flagged = new Set<string>();

  for (const wanted of desired.records) {
    const record = normalizeRecord(wanted);
    if (!capabilities.includes(record.type)) {
      plan.unsupported.push({ record, manual: say.unsupported(record, zone) });
      continue;
    }
    if (keys.has(comparableKey(record))) {
      plan.present.push(record);
      continue;
    }
    const row = rowFor(checkRows, record);
    const alias = rows.find((r) => r.type === 'CNAME' && r.name === record.name && record.type !== 'CNAME');
    if (alias) {
      plan.conflicts.push({ kind: 'alias', existing: [alias], desired: record, message: say.alias(record.name, alias.value) });
      continue;
    }
    // The other way round (RFC 1034 §3.6.2; Domain Connect, "Record Types and Conflicts"): a CNAME
    // cannot join the records a name already holds. Shown, never deleted, and not added.
    const holders = record.type === 'CNAME' ? rows.filter((r) => r.name === record.name && r.type !== 'CNAME') : [];
    if (holders.length > 0) {
      plan.conflicts.push({ kind: 'alias', existing: holders, desired: record, message: say.aliasOverRecords(record, holders) });
      continue;
    }
    if (wanted.spf) {
      const decision = spfDecision({ ...wanted, spf: wanted.spf }, rows, row, options);
      if ('present' in decision) plan.present.push(record);
      else if ('add' in decision) add(record);
      else {
        plan.conflicts.push(decision.conflict);
        if (decision.replace) {
          const { fields } = toSiteFields(decision.replace.replacement, zone, conventions);
          plan.toReplace.push({ ...decision.replace, fields });
        }
      }
      continue;
    }
    if (row?.status === 'ok') {
      plan.present.push(record); // an alternative set satisfies it (the panel's own MX set)
      continue;
    }
    const otherFamily = addressesOfOtherFamily(record, rows, wantedKeys).filter((r) => !flagged.has(comparableKey(r)));
    if (otherFamily.length > 0) {
      otherFamily.forEach((r) => flagged.add(comparableKey(r)));
      plan.conflicts.push({ kind: 'different-value', existing: otherFamily, desired: record, message: say.otherFamily(record, otherFamily) });
    }
    const sameType = rows.filter((r) => r.name === record.name && r.type === record.type);
    // Other TXT at the name (verifications of other services) are not in the way, only those the check names.
    const others = record.type === 'TXT' ? txtInTheWay(wanted, sameType) : sameType;
    if (row?.status === 'mismatch' && others.length > 0 && record.type !== 'MX') {
      const added = !SINGLE_VALUED.has(record.type);
      plan.conflicts.push({ kind: 'different-value', existing: others, desired: record, message: say.differentValue(record, others, added) });
      if (!added) continue;
    }
    add(record);
  }
  // Extra records the check calls conflicts (an old MX, an autodiscover alias, a TXT a template's
  // conflict mode names): shown, never deleted.
  for (const row of checkRows.filter((r) => r.expected === null && r.status === 'conflict')) {
    const existingRecords = rows.filter((r) => r.name === row.name && r.type === row.type && row.found.includes(formatRdata(r)) && !wantedKeys.has(comparableKey(r)));
    plan.conflicts.push({ kind: EXTRA_KIND[row.type] ?? 'alias', existing: existingRecords, message: row.message });
  }
  return plan;
}
