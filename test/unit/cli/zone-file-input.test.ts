import { describe, expect, it } from 'vitest';
import { zoneForDomain } from '../../../src/cli/zone-file-input.js';

const dump = ['$ORIGIN .', '$TTL 300', 'example.net IN SOA ns1.example.net. hostmaster.example.net. 1 600 300 604800 600', '  NS ns1.example.net.', '  MX 10 mail.example.net.', '$ORIGIN example.net.', 'mail A 203.0.113.25', ''].join('\n');

describe('zoneForDomain: the zone check --zone-file checks against', () => {
  it('is the zone a BIND dump’s SOA names when the file starts from the root ($ORIGIN .)', () => {
    const zone = zoneForDomain('dump.zone', dump, 'example.net');
    expect(zone.origin).toBe('example.net');
    expect(zone.nameservers).toEqual(['ns1.example.net']);
    expect(zone.soa).toEqual({ ttl: 300, minimum: 600 });
    expect(zone.records.map((entry) => `${entry.record.name} ${entry.record.type}`)).toEqual(['example.net MX', 'mail.example.net A']);
  });
  it('keeps the root when the file names no SOA, and the file’s own zone otherwise', () => {
    expect(zoneForDomain('root.zone', '$ORIGIN .\nexample.net 60 MX 10 mail.example.net.\n', 'example.net').origin).toBe('');
    expect(zoneForDomain('own.zone', '$ORIGIN example.org.\n$TTL 60\n@ SOA ns1 hm 1 2 3 4 5\n', 'www.example.org').origin).toBe('example.org');
  });
});
