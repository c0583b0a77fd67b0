import { Buffer } from 'node:buffer';
import { decode, encode, RECURSION_DESIRED } from 'dns-packet';

/**
 * How long a resolver says it will keep "no such record" for a question right now: the smaller
 * of the SOA's TTL and its MINIMUM in the authority section (RFC 2308), read from the raw answer
 * without the client under test. A caching resolver counts it down from when it first stored the
 * zone's SOA, so tests compare with this rather than with the zone file's numbers.
 */
export async function negativeCacheSeconds(resolverUrl: string, name: string, type: 'MX' | 'TXT'): Promise<number> {
  const query = encode({ type: 'query', id: 0, flags: RECURSION_DESIRED, questions: [{ type, name, class: 'IN' }] });
  const response = await fetch(resolverUrl, {
    method: 'POST',
    headers: { accept: 'application/dns-message', 'content-type': 'application/dns-message' },
    body: Uint8Array.from(query),
  });
  const soa = (decode(Buffer.from(await response.arrayBuffer())).authorities ?? []).find((record) => record.type === 'SOA');
  if (soa?.type !== 'SOA') throw new Error(`${resolverUrl} gave no SOA with its negative answer for ${name} ${type}.`);
  return Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0);
}
