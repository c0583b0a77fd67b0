import { planFill } from '../../../../src/fill/plan.js';
import { normalizeRecord } from '../../../../src/records/normalize.js';
import { isSpf, parseSpf } from '../../../../src/records/spf/index.js';
import { RECORD_TYPES, type DnsRecord, type RecordType } from '../../../../src/records/types.js';
import { applyTemplate } from '../../../../src/services/domain-connect/apply-template.js';
import type { EditorConventions } from '../../../../src/fill/editor-spec.js';
import type { DcTemplate } from '../../../../src/services/domain-connect/template-types.js';
import { officialTemplate, referenceCases, type ReferenceRecord, type ReferenceResult } from './reference-data.js';

const CONVENTIONS: EditorConventions = { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };

/** A reference record (names relative to the zone, `@` the apex) in our model's form. */
export function fromReference(record: ReferenceRecord, domain: string): DnsRecord {
  const absolute = (name: string) => (name === '@' || name === '' ? domain : `${name.toLowerCase()}.${domain}`);
  const name = record.type === 'SRV' ? `${record.service}._${record.protocol}.${absolute(record.name)}` : absolute(record.name);
  return {
    type: record.type as RecordType,
    name,
    ttl: record.ttl ?? 3600,
    value: record.data,
    ...(record.priority !== undefined && { priority: record.priority }),
    ...(record.weight !== undefined && { weight: record.weight }),
    ...(record.port !== undefined && { port: record.port }),
  };
}

/**
 * What identifies a record for the comparison. SPF: its set of rules and its `all`, since where a
 * merge puts the new rules is the DNS provider's choice (spec, "SPFM"); TTLs are left out, the
 * spec lets providers adjust them ("best effort").
 */
export function recordKey(given: DnsRecord): string {
  const record = normalizeRecord(given); // one spelling of each address (2620:0127:… is 2620:127:…)
  if (record.type === 'TXT' && isSpf(record.value)) {
    const terms = parseSpf(record.value).terms.map((t) => t.raw.toLowerCase());
    return `${record.name}|SPF|${[...new Set(terms)].sort().join(' ')}`;
  }
  const value = record.type === 'TXT' ? record.value : record.value.toLowerCase().replace(/\.$/, '');
  return [record.type, record.name.toLowerCase(), value, record.priority ?? '', record.weight ?? '', record.port ?? ''].join('|');
}

export interface Comparison {
  /** Ours: refused with these sentences (undefined when applied). */
  refused?: string[];
  /** Records to write: what the reference adds vs what our plan writes or asks to write behind a conflict. */
  written: { reference: string[]; ours: string[] };
  /** Records in the way: what the reference deletes vs what our plan shows as conflicts (never deleted). */
  inTheWay: { reference: string[]; ours: string[] };
}

/** Our application of one stored reference case: the template applied, then planned against the case's zone. */
export function compareCase(result: ReferenceResult): Comparison {
  return compareWith(officialTemplate(result.template), result, referenceCases.zones[result.zone]);
}

/** Our application of one reference case of `template` on `zoneRecords` (test/data/domain-connect/reference/dc-differential.ts runs it on any template). */
export function compareWith(template: DcTemplate, result: ReferenceResult, zoneRecords: readonly ReferenceRecord[]): Comparison {
  const domain = 'example.com';
  const applied = applyTemplate(template, { domain, host: result.host, vars: result.params, groups: result.groups ?? [] });
  const reference = {
    written: (result.new ?? []).map((r) => recordKey(fromReference(r, domain))),
    inTheWay: (result.deleted ?? []).map((r) => recordKey(fromReference(r, domain))),
  };
  if (!applied.ok) return { refused: applied.problems.map((p) => p.en), written: { reference: reference.written, ours: [] }, inTheWay: { reference: reference.inTheWay, ours: [] } };
  const zone = zoneRecords.map((r) => fromReference(r, domain));
  const plan = planFill(applied.set, zone, RECORD_TYPES, CONVENTIONS, { replaceSpf: true });
  const written = [
    ...plan.toAdd.map((item) => item.record),
    ...plan.toReplace.map((item) => item.replacement),
    ...plan.conflicts.filter((c) => (c.kind === 'different-value' || c.kind === 'alias') && c.desired).map((c) => c.desired!),
  ];
  const inTheWay = [...plan.conflicts.flatMap((c) => c.existing), ...plan.toReplace.map((item) => item.existing)];
  return {
    written: { reference: reference.written, ours: [...new Set(written.map(recordKey))] },
    inTheWay: { reference: reference.inTheWay, ours: [...new Set(inTheWay.map(recordKey))] },
  };
}
