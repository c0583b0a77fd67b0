import { comparableKey } from '../../records/comparable.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/index.js';
import type { DesiredRecord } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { row } from './row.js';
import type { CheckRow } from './types.js';
import type { Evidence } from '../evidence.js';

/**
 * A, AAAA, CNAME, SRV: one value expected at the name. Another value alone is a mismatch (the
 * SRV with port 80 instead of 443); another value beside the right one is a conflict, since
 * clients pick among all of them.
 */
export function checkSingle(desired: DesiredRecord, evidence: Evidence): CheckRow[] {
  const key = comparableKey(desired);
  const others = evidence.records.filter((r) => comparableKey(r) !== key);
  if (others.length === evidence.records.length) {
    const [other] = others;
    if (!other) return [row(evidence, desired, 'missing', say.missing(desired.type, desired.name, formatRdata(desired)))];
    const shown = others.map(formatRdata).join(', ');
    return [row(evidence, desired, 'mismatch', say.mismatch(desired.type, desired.name, shown, formatRdata(desired)))];
  }
  return [
    row(evidence, desired, 'ok', say.ok()),
    ...others.map((other) => row(evidence, null, 'conflict', say.extraValue(desired.type, desired.name, formatRdata(other)))),
  ];
}

/** The tag that says what a TXT record is for: `v=DMARC1`, `MS`… (text before the first `=` or `;`). */
function txtTag(text: string): string {
  return (/^\s*(v=[^;\s]+|[^=;\s]+)/i.exec(text)?.[1] ?? '').toLowerCase();
}

/** Domain Connect `txtConflictMatchingMode`: the other TXT values at the name that stand against the record. */
function conflictingTxt(desired: DesiredRecord, found: readonly DnsRecord[]): DnsRecord[] {
  const conflict = desired.txtConflict;
  if (!conflict) return [];
  const others = found.filter((r) => r.value !== desired.value);
  return conflict.mode === 'All' ? others : others.filter((r) => r.value.startsWith(conflict.prefix));
}

/**
 * TXT other than SPF. Many TXT records share a name (verifications of other services), so only
 * those with the same tag count: another DMARC policy is a mismatch, two are a conflict; another
 * MS= verification belongs to another tenant and is left alone. A template's conflict mode
 * (All, Prefix) says instead which others count, and each of them is a conflict beside the record.
 */
/** The TXT records at the name that stand against the desired one: those its conflict mode names, else those of its `v=` tag. */
export function txtInTheWay(desired: DesiredRecord, found: readonly DnsRecord[]): DnsRecord[] {
  if (desired.txtConflict) return conflictingTxt(desired, found);
  const tag = txtTag(desired.value);
  return tag.startsWith('v=') ? found.filter((r) => txtTag(r.value) === tag) : [];
}

export function checkTxt(desired: DesiredRecord, evidence: Evidence): CheckRow[] {
  const declared = conflictingTxt(desired, evidence.records);
  if (evidence.records.some((r) => r.value === desired.value)) {
    return [row(evidence, desired, 'ok', say.ok()), ...declared.map((other) => row(evidence, null, 'conflict', say.txtConflict(desired.name, formatRdata(other))))];
  }
  const tag = txtTag(desired.value);
  const sameKind = txtInTheWay(desired, evidence.records);
  const expected = formatRdata(desired);
  if (sameKind.length > 1) return [row(evidence, desired, 'conflict', say.txtSeveral(desired.name, tag.toUpperCase(), expected))];
  const [other] = sameKind;
  if (other) return [row(evidence, desired, 'mismatch', say.mismatch('TXT', desired.name, formatRdata(other), expected))];
  return [row(evidence, desired, 'missing', say.missing('TXT', desired.name, expected))];
}
