import type { DesiredRecord } from './desired.js';

const TYPE_ORDER = ['MX', 'TXT', 'SRV', 'CNAME', 'A', 'AAAA'];

/** The guide's reading order: the apex first (MX, then SPF), then the other names as the service lists them. */
export function sortForZone(records: DesiredRecord[], domain: string): DesiredRecord[] {
  const rank = (r: DesiredRecord) => (r.name === domain ? 0 : 10) + TYPE_ORDER.indexOf(r.type);
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => rank(a.record) - rank(b.record) || a.index - b.index)
    .map(({ record }) => record);
}
