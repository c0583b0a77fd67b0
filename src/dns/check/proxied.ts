import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/index.js';
import type { DesiredRecord } from '../../services/desired.js';
import { checkMessages as say } from './messages.js';
import { allCloudflareAddresses } from '../cloudflare-proxy.js';
import { recordsAnswering } from '../follow-aliases.js';
import type { Observation, Question } from '../types.js';

/**
 * What gives a Cloudflare proxy or a flattened CNAME away, one resolver at a time. A proxied or
 * flattened name hides its CNAME: the CNAME question finds nothing, and the address (or TXT)
 * question answers at the name itself, with no alias in the way.
 */

export type Observed = (name: string, type: Question['type']) => Observation | undefined;

export interface ProxyFinding {
  message: Localized;
  /** TTL left on the proxy's (or the flattened) answer. */
  ttl: number;
}

/** `_domainkey` names hold DKIM keys: their CNAME, flattened, answers the key's TXT. */
export function isDkimName(name: string): boolean {
  return name.split('.').includes('_domainkey');
}

/** The records of `type` one resolver answered at the name itself, not through an alias. */
function answeredAtName(observation: Observation | undefined, url: string, type: 'A' | 'TXT'): DnsRecord[] {
  const outcome = observation?.byResolver[url];
  if (!outcome?.ok || outcome.answer.rcode !== 'NOERROR') return [];
  const { records, aliases } = recordsAnswering(outcome.answer.records, observation!.name, type);
  return aliases.length === 0 ? records : [];
}

const longestTtl = (records: readonly DnsRecord[]) => Math.max(...records.map((r) => r.ttl));

/** Addresses as a list a person reads, in a fixed order. */
const addressList = (records: readonly DnsRecord[]) => [...new Set(records.map((r) => r.value))].sort().join(', ');

/** A desired CNAME that this resolver found no CNAME for: is Cloudflare proxying or flattening it? */
export function hiddenCname(desired: DesiredRecord, url: string, observed: Observed): ProxyFinding | undefined {
  const target = formatRdata(desired);
  const addresses = answeredAtName(observed(desired.name, 'A'), url, 'A');
  if (allCloudflareAddresses(addresses)) return { message: say.proxiedCname(desired.name, addressList(addresses), target), ttl: longestTtl(addresses) };
  if (!isDkimName(desired.name)) return undefined;
  const keys = answeredAtName(observed(desired.name, 'TXT'), url, 'TXT');
  return keys.length > 0 ? { message: say.flattenedDkim(desired.name, target), ttl: longestTtl(keys) } : undefined;
}

/** A desired A/AAAA that this resolver answers only with Cloudflare's addresses (the service's own is not one). */
export function proxiedAddress(desired: DesiredRecord, answered: readonly DnsRecord[]): ProxyFinding | undefined {
  if (!allCloudflareAddresses(answered) || allCloudflareAddresses([desired])) return undefined;
  const found = answered.map(formatRdata).join(', ');
  return { message: say.proxiedAddress(desired.type, desired.name, found, formatRdata(desired)), ttl: longestTtl(answered) };
}

/** `autodiscover` beside the SRV record, answering with Cloudflare's addresses at any resolver. */
export function proxiedAlias(name: string, srvName: string, observed: Observed): ProxyFinding | undefined {
  const observation = observed(name, 'A');
  const urls = Object.keys(observation?.byResolver ?? {});
  const addresses = urls.flatMap((url) => answeredAtName(observation, url, 'A'));
  if (!allCloudflareAddresses(addresses)) return undefined;
  return { message: say.proxiedAutodiscover(name, addressList(addresses), srvName), ttl: longestTtl(addresses) };
}
