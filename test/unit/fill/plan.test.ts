import { describe, expect, test } from 'vitest';
import { planFill } from '../../../src/fill/plan.js';
import { comparableKey } from '../../../src/records/comparable.js';
import type { DnsRecord, RecordType } from '../../../src/records/types.js';
import { expandService } from '../../../src/services/expand.js';
import type { DesiredSet } from '../../../src/services/desired.js';
import type { EditorConventions } from '../../../src/fill/editor-spec.js';
import { initialRecords } from '../../fixtures/sites/kit/initial-zone.js';

const CONVENTIONS: EditorConventions = { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };
const ALL: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV'];
const ZONE = 'example.com';

function hosted(): DesiredSet {
  const result = expandService('ovh-hosted-exchange', ZONE, { server: 'ex5.mail.ovh.net', token: 'ab1cd' });
  if (!result.ok) throw new Error('set');
  return result.set;
}
function onprem(): DesiredSet {
  const result = expandService('exchange-onprem', ZONE, { ip: '203.0.113.10' });
  if (!result.ok) throw new Error('set');
  return result.set;
}
const keys = (records: DnsRecord[]) => records.map(comparableKey).sort();

describe('planFill', () => {
  test('an empty zone: every record to add, nothing else', () => {
    const plan = planFill(hosted(), [], ALL, CONVENTIONS);
    expect(plan.toAdd).toHaveLength(8);
    expect([plan.present, plan.conflicts, plan.toReplace, plan.unsupported]).toEqual([[], [], [], []]);
    expect(plan.toAdd.find((item) => item.record.type === 'SRV')?.fields.host).toBe('_autodiscover._tcp');
  });

  test('the kit zone: old MX and SPF are conflicts (shown, never deleted), the SPF is not added twice', () => {
    const plan = planFill(hosted(), initialRecords(ZONE), ALL, CONVENTIONS);
    expect(plan.toAdd.map((item) => item.record.type).sort()).toEqual(['CNAME', 'MX', 'MX', 'MX', 'MX', 'MX', 'SRV']);
    expect(plan.conflicts.map((c) => c.kind).sort()).toEqual(['old-mx', 'spf']);
    const spf = plan.conflicts.find((c) => c.kind === 'spf')!;
    expect(spf.merged).toBe('v=spf1 include:_spf.old-mail.example.net include:mx.ovh.com ~all');
    expect(spf.message.en).toContain('replace the SPF record');
    expect(plan.conflicts.find((c) => c.kind === 'old-mx')?.existing[0]?.value).toBe('mx.old-mail.example.net');
    expect(plan.toReplace).toEqual([]);
  });

  test('the SPF is replaced by the merged one only when the user chose it', () => {
    const plan = planFill(hosted(), initialRecords(ZONE), ALL, CONVENTIONS, { replaceSpf: true });
    expect(plan.toReplace).toHaveLength(1);
    expect(plan.toReplace[0]!.existing.value).toBe('v=spf1 include:_spf.old-mail.example.net ~all');
    expect(plan.toReplace[0]!.fields.value).toBe('v=spf1 include:_spf.old-mail.example.net include:mx.ovh.com ~all');
  });

  test('an SPF with the service rules that receivers reject is flagged with what to fix, never "replaced" by the same text', () => {
    const broken: DnsRecord = { type: 'TXT', name: ZONE, ttl: 3600, value: 'v=spf1 include:mx.ovh.com ip4:999.1.1.1 ~all' };
    const plan = planFill(hosted(), [broken], ALL, CONVENTIONS, { replaceSpf: true });
    const spf = plan.conflicts.find((c) => c.kind === 'spf')!;
    expect(spf.merged).toBeUndefined();
    expect(spf.message.en).toContain('999.1.1.1');
    expect(spf.message.en).not.toContain('merged record');
    expect(plan.toReplace).toEqual([]);
    expect(plan.toAdd.some((item) => item.record.type === 'TXT')).toBe(false);
  });

  test('records already there are skipped; an SPF that already includes the rules is present', () => {
    const existing: DnsRecord[] = [
      { type: 'MX', name: ZONE, ttl: 300, value: 'mx1.mail.ovh.net', priority: 5 },
      { type: 'TXT', name: ZONE, ttl: 300, value: 'v=spf1 include:mx.ovh.com -all' },
    ];
    const plan = planFill(hosted(), existing, ALL, CONVENTIONS);
    expect(keys(plan.present)).toEqual(keys([existing[0]!, { type: 'TXT', name: ZONE, ttl: 3600, value: 'v=spf1 include:mx.ovh.com ~all' }]));
    expect(plan.conflicts).toEqual([]);
    expect(plan.toAdd).toHaveLength(6);
  });

  test('two SPF records: a conflict with the one merged record to keep, no replacement even when chosen', () => {
    const existing: DnsRecord[] = [
      { type: 'TXT', name: ZONE, ttl: 3600, value: 'v=spf1 include:a.example.net ~all' },
      { type: 'TXT', name: ZONE, ttl: 3600, value: 'v=spf1 ip4:192.0.2.1 ~all' },
    ];
    const plan = planFill(onprem(), existing, ALL, CONVENTIONS, { replaceSpf: true });
    const conflict = plan.conflicts.find((c) => c.kind === 'two-spf')!;
    expect(conflict.merged).toBe('v=spf1 include:a.example.net ip4:192.0.2.1 a mx ~all');
    expect(plan.toReplace).toEqual([]);
  });

  test('types the site cannot take are reported with the zone-file line to add by hand', () => {
    const plan = planFill(hosted(), [], ['A', 'CNAME', 'MX', 'TXT'], CONVENTIONS);
    expect(plan.unsupported).toHaveLength(1);
    expect(plan.unsupported[0]!.manual.en).toContain('_autodiscover._tcp 3600 IN SRV 0 0 443 ex5.mail.ovh.net.');
    expect(plan.unsupported[0]!.manual.fr).toContain('à la main');
  });

  test('an alias at the name blocks the record; a different CNAME is a conflict, not a second CNAME', () => {
    const existing: DnsRecord[] = [
      { type: 'CNAME', name: `mail.${ZONE}`, ttl: 3600, value: 'elsewhere.example.net' },
      { type: 'CNAME', name: `ab1cd-check.${ZONE}`, ttl: 3600, value: 'other.example.net' },
    ];
    const plan = planFill(onprem(), existing, ALL, CONVENTIONS);
    expect(plan.conflicts.find((c) => c.kind === 'alias')?.desired?.name).toBe(`mail.${ZONE}`);
    expect(plan.toAdd.some((item) => item.record.name === `mail.${ZONE}`)).toBe(false);
    const hostedPlan = planFill(hosted(), existing, ALL, CONVENTIONS);
    expect(hostedPlan.conflicts.find((c) => c.kind === 'different-value')?.existing[0]?.value).toBe('other.example.net');
    expect(hostedPlan.toAdd.some((item) => item.record.type === 'CNAME')).toBe(false);
  });

  test('a CNAME where the name already holds other records is a conflict listing them, not added', () => {
    const set: DesiredSet = { ...hosted(), alternatives: [], records: [{ type: 'CNAME', name: `shop.${ZONE}`, ttl: 3600, value: 'shops.example.net', source: 'test' }] };
    const existing: DnsRecord[] = [
      { type: 'TXT', name: `shop.${ZONE}`, ttl: 3600, value: 'v=spf1 -all' },
      { type: 'MX', name: `shop.${ZONE}`, ttl: 3600, value: 'mx.example.org', priority: 10 },
      { type: 'A', name: `www.${ZONE}`, ttl: 3600, value: '192.0.2.1' },
    ];
    const plan = planFill(set, existing, ALL, CONVENTIONS);
    expect(plan.toAdd).toEqual([]);
    const [conflict] = plan.conflicts;
    expect(conflict).toMatchObject({ kind: 'alias', desired: { type: 'CNAME', name: `shop.${ZONE}` } });
    expect(keys(conflict!.existing)).toEqual(keys(existing.slice(0, 2)));
    expect(conflict!.message.en).toContain('MX 10 mx.example.org');
    expect(conflict!.message.fr).toContain('aucun autre enregistrement');
  });

  test('an A where the name has an AAAA the service does not want: added, the AAAA shown once as in the way', () => {
    const record = (value: string) => ({ type: 'A' as const, name: ZONE, ttl: 3600, value, source: 'test' });
    const set: DesiredSet = { ...hosted(), alternatives: [], records: [record('192.0.2.1'), record('192.0.2.2')] };
    const existing: DnsRecord[] = [{ type: 'AAAA', name: ZONE, ttl: 3600, value: '2001:db8::7' }];
    const plan = planFill(set, existing, ALL, CONVENTIONS);
    expect(plan.toAdd.map((item) => item.record.value)).toEqual(['192.0.2.1', '192.0.2.2']);
    expect(plan.conflicts.map((c) => [c.kind, c.existing.map((r) => r.value)])).toEqual([['different-value', ['2001:db8::7']]]);
    expect(plan.conflicts[0]!.message.en).toContain('AAAA 2001:db8::7');
    const both = planFill({ ...set, records: [record('192.0.2.1'), { ...record('2001:db8::7'), type: 'AAAA' }] }, existing, ALL, CONVENTIONS);
    expect(both.conflicts).toEqual([]);
  });

  test("the control panel's own MX set (an alternative) counts as present", () => {
    const set = hosted();
    const panelSet = set.alternatives[0]!.records;
    const plan = planFill(set, panelSet, ALL, CONVENTIONS);
    expect(plan.toAdd.some((item) => item.record.type === 'MX')).toBe(false);
    expect(plan.conflicts).toEqual([]);
  });

  test('TTL policies show in the notes of the records they change', () => {
    const plan = planFill(onprem(), [], ALL, { ...CONVENTIONS, ttl: { presets: [1800, 86400] } });
    expect(plan.toAdd.every((item) => item.fields.ttl === '1800' && item.notes.length === 1)).toBe(true);
  });
});
