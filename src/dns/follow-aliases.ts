import type { DnsRecord, RecordType } from '../records/types.js';

/** Resolvers chain at most a few aliases; more is a loop or a misconfiguration. */
const MAX_HOPS = 8;

/**
 * The records of `type` that answer `name`, following the CNAME chain the resolver returned
 * (`_dmarc` delegated to a provider, an SPF include published as an alias). They are given back
 * under `name`, as a client sees them; `aliases` lists the chain's targets.
 */
export function recordsAnswering(records: readonly DnsRecord[], name: string, type: RecordType): { records: DnsRecord[]; aliases: string[] } {
  const aliases: string[] = [];
  let owner = name;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const here = records.filter((r) => r.name === owner && r.type === type);
    if (here.length > 0 || type === 'CNAME') return { records: here.map((r) => ({ ...r, name })), aliases };
    const alias = records.find((r) => r.name === owner && r.type === 'CNAME');
    if (!alias || aliases.includes(alias.value)) break;
    aliases.push(alias.value);
    owner = alias.value;
  }
  return { records: [], aliases };
}
