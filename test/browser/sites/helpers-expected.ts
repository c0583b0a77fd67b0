import { comparableKey } from '../../../src/records/comparable.js';
import { isSpf, mergeSpfRecords } from '../../../src/records/spf/index.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { expandService } from '../../../src/services/expand.js';
import type { Setup } from '../../../src/services/desired.js';
import { initialRecords } from '../../fixtures/sites/kit/initial-zone.js';

/** The two sets every site is filled with (issue 4), for the kit's zone. */
export const FILL_SETUPS = {
  'hosted-exchange': (zone: string): Setup => ({ domain: zone, service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } }),
  onprem: (zone: string): Setup => ({ domain: zone, service: 'exchange-onprem', vars: { ip: '203.0.113.10' } }),
} as const;
export type FillSetupId = keyof typeof FILL_SETUPS;

/**
 * What the fixture's saved zone must hold after a run, worked out from the catalog and the kit's
 * initial zone (not from the plan): every initial record, plus each desired record that was not
 * already there, minus the SPF (a second SPF record is never added), and with `mergedSpf` the
 * initial SPF's value replaced by the merged one.
 */
export function expectedZone(setup: Setup, options: { mergedSpf?: boolean } = {}): { records: DnsRecord[]; added: DnsRecord[] } {
  const expanded = expandService(setup.service, setup.domain, setup.vars);
  if (!expanded.ok) throw new Error(`Test setup does not expand: ${expanded.problems.map((p) => p.en).join(' ')}`);
  const initial = initialRecords(setup.domain);
  const present = new Set(initial.map(comparableKey));
  const added = expanded.set.records
    .filter((record) => !record.spf)
    .filter((record) => !present.has(comparableKey(record)))
    .map(({ type, name, ttl, value, priority, weight, port }) => ({ type, name, ttl, value, ...(priority !== undefined && { priority }), ...(weight !== undefined && { weight }), ...(port !== undefined && { port }) }));
  const spf = expanded.set.records.find((record) => record.spf);
  const records = initial.map((record) => {
    if (!options.mergedSpf || !spf?.spf || record.type !== 'TXT' || record.name !== spf.name || !isSpf(record.value)) return record;
    return { ...record, value: mergeSpfRecords([record.value], spf.spf.rules) };
  });
  return { records: [...records, ...added], added };
}
