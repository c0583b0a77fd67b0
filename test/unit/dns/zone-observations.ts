import { checkQuestions } from '../../../src/dns/check/check.js';
import type { DohAnswer, Observation } from '../../../src/dns/types.js';
import type { DnsRecord } from '../../../src/records/types.js';
import { expandService } from '../../../src/services/expand.js';
import type { DesiredSet } from '../../../src/services/desired.js';

/** Observations of zones written as text lines, as resolvers would return them: the check's unit tests' input. */

export const R1 = 'https://r1.test/dns-query';
export const R2 = 'https://r2.test/dns-query';

export function setOf(service: string, vars: Record<string, string>, domain = 'example.com'): DesiredSet {
  const result = expandService(service, domain, vars);
  if (!result.ok) throw new Error(result.problems[0]!.en);
  return result.set;
}

/** `MX example.com 1 mx0.mail.ovh.net` → a record, the way a resolver returns it. */
export function rec(text: string, ttl = 3600): DnsRecord {
  const [type, name, ...rest] = text.split(' ') as [DnsRecord['type'], string, ...string[]];
  if (type === 'MX') return { type, name, ttl, priority: Number(rest[0]), value: rest[1]! };
  if (type === 'SRV') return { type, name, ttl, priority: Number(rest[0]), weight: Number(rest[1]), port: Number(rest[2]), value: rest[3]! };
  return { type, name, ttl, value: rest.join(' ') };
}

/**
 * Every question of the set answered from `zone` by each of `resolvers`; a name with nothing of
 * the type asked reads NODATA, with `negativeTtl` as its SOA-derived cache time when given.
 */
export function observe(set: DesiredSet, zone: string[], resolvers = [R1, R2], options: { negativeTtl?: number; ttl?: number } = {}): Observation[] {
  const records = zone.map((line) => rec(line, options.ttl));
  return checkQuestions(set).map((q) => {
    const here = records.filter((r) => r.name === q.name && (r.type === q.type || r.type === 'CNAME'));
    const answer: DohAnswer = { rcode: 'NOERROR', ad: false, records: here, nameservers: [] };
    if (here.length === 0 && options.negativeTtl !== undefined) answer.negativeTtl = options.negativeTtl;
    return { ...q, byResolver: Object.fromEntries(resolvers.map((url) => [url, { ok: true as const, answer }])) };
  });
}

/** The same questions answered by two resolvers that each see their own zone (R1 `first`, R2 `second`). */
export function twoResolvers(first: Observation[], second: Observation[]): Observation[] {
  return first.map((o, i) => ({ ...o, byResolver: { ...o.byResolver, ...second[i]!.byResolver } }));
}
