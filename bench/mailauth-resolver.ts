import type { DNSResolver } from 'mailauth';
import { dohQuery } from '../src/dns/doh.js';
import { isRecordType } from '../src/records/types.js';

/**
 * mailauth's resolver interface (node:dns `resolve(name, type)`: TXT as arrays of strings, MX as
 * {exchange, priority}, no record as an ENOTFOUND/ENODATA error) over the same DoH endpoint the
 * CLI asks, so both read the same loopback data through the same transport. No cache: each call
 * is a query, as a script calling mailauth per domain would make.
 */
export function mailauthResolver(resolverUrl: string): DNSResolver {
  return async (name, rrtype) => {
    if (!isRecordType(rrtype)) throw Object.assign(new Error(`${rrtype} is not asked in this bench`), { code: 'ENOTFOUND' });
    const answer = await dohQuery(resolverUrl, { name, type: rrtype }, { fetch });
    if (answer.rcode === 'NXDOMAIN') throw Object.assign(new Error(`${name} does not exist`), { code: 'ENOTFOUND' });
    if (answer.rcode !== 'NOERROR') throw Object.assign(new Error(`${name} ${rrtype}: ${answer.rcode}`), { code: 'ESERVFAIL' });
    const records = answer.records.filter((record) => record.type === rrtype);
    if (records.length === 0) throw Object.assign(new Error(`${name} has no ${rrtype}`), { code: 'ENODATA' });
    if (rrtype === 'TXT') return records.map((record) => [record.value]);
    // mailauth's type says strings, but it reads MX answers as node:dns gives them: objects.
    if (rrtype === 'MX') return records.map((record) => ({ exchange: record.value, priority: record.priority ?? 0 })) as unknown as string[];
    return records.map((record) => record.value);
  };
}
