import { describe, expect, it } from 'vitest';
import { checkZoneFile } from '../../../src/dns/zone-file-check.js';
import { zoneAnswers } from '../../../src/dns/zone-answers.js';
import { loadZone, type LoadedZone } from '../../../src/records/zone-file/load.js';
import { expandService } from '../../../src/services/expand.js';

function zone(...lines: string[]): LoadedZone {
  const loaded = loadZone(['$ORIGIN example.com.', '$TTL 600', '@ 3600 SOA ns1 hostmaster 1 3600 900 604800 300', ...lines].join('\n'));
  if (loaded.origin === undefined || loaded.errors.length > 0) throw new Error('bad test zone');
  return { ...loaded, origin: loaded.origin };
}

describe('zoneAnswers: what the zone’s name server would answer', () => {
  const answer = zoneAnswers(
    zone(
      'www A 192.0.2.1',
      'alias CNAME www',
      'far CNAME autodiscover.outlook.com.',
      'loop1 CNAME loop2',
      'loop2 CNAME loop1',
      '*.wild MX 10 mail',
      'deep.below.empty TXT "x"',
      '_dmarc TXT "v=DMARC1; p=none"',
    ),
  );
  const show = (name: string, type: Parameters<typeof answer>[1]) => {
    const { rcode, entries } = answer(name, type);
    return [rcode, ...entries.map(({ line, record }) => `${line} ${record.name} ${record.type} ${record.value}`)];
  };

  it('answers the RRset, a CNAME and what it leads to in the zone, or an alias out of the zone alone', () => {
    expect(show('www.example.com', 'A')).toEqual(['NOERROR', '4 www.example.com A 192.0.2.1']);
    expect(show('alias.example.com', 'A')).toEqual(['NOERROR', '5 alias.example.com CNAME www.example.com', '4 www.example.com A 192.0.2.1']);
    expect(show('alias.example.com', 'CNAME')).toEqual(['NOERROR', '5 alias.example.com CNAME www.example.com']);
    expect(show('far.example.com', 'CNAME')).toEqual(['NOERROR', '6 far.example.com CNAME autodiscover.outlook.com']);
    expect(show('far.example.com', 'TXT')).toEqual(['NOERROR', '6 far.example.com CNAME autodiscover.outlook.com']);
    expect(show('loop1.example.com', 'A')).toEqual(['NOERROR', '7 loop1.example.com CNAME loop2.example.com', '8 loop2.example.com CNAME loop1.example.com']);
  });
  it('tells NODATA (the name exists, even empty) from NXDOMAIN', () => {
    expect(show('www.example.com', 'TXT')).toEqual(['NOERROR']);
    expect(show('below.empty.example.com', 'TXT')).toEqual(['NOERROR']);
    expect(show('nothing.example.com', 'TXT')).toEqual(['NXDOMAIN']);
  });
  it('synthesizes from a wildcard for names that do not exist, under the name asked (RFC 4592)', () => {
    expect(show('a.b.wild.example.com', 'MX')).toEqual(['NOERROR', '9 a.b.wild.example.com MX mail.example.com']);
    expect(show('x.wild.example.com', 'A')).toEqual(['NOERROR']);
    expect(show('wild.example.com', 'MX')).toEqual(['NOERROR']);
  });
});

describe('checkZoneFile', () => {
  it('reports how long the absence is cached (SOA TTL and MINIMUM, RFC 2308) for a record the file lacks', () => {
    const expanded = expandService('ovh-mx-plan', 'example.com', {});
    if (!expanded.ok) throw new Error('bad setup');
    const report = checkZoneFile(expanded.set, zone('@ MX 1 mx1.mail.ovh.net.'), 'db.example', new Date('2026-01-01T00:00:00Z'));
    expect(report.resolvers).toEqual(['db.example']);
    expect(report.checkedAt).toBe('2026-01-01T00:00:00.000Z');
    const spf = report.results.find((row) => row.type === 'TXT');
    expect(spf?.status).toBe('missing');
    expect(spf?.ttl).toBe(300);
  });

  it('says when a target reads as a name inside the zone because the export dropped its final dot', () => {
    const expanded = expandService('ovh-mx-plan', 'example.com', {});
    if (!expanded.ok) throw new Error('bad setup');
    const report = checkZoneFile(expanded.set, zone('@ MX 1 mx0.mail.ovh.net', '@ MX 5 mx1.mail.ovh.net.'), 'db.example');
    const [undotted, dotted] = report.results.filter((row) => row.type === 'MX');
    expect(undotted?.status).not.toBe('ok');
    expect(undotted?.message.en).toContain('db.example:4 reads as a name inside example.com: it looks like 1 mx0.mail.ovh.net. written without its final dot.');
    expect(undotted?.message.fr).toContain('sans son point final');
    expect(dotted?.status).toBe('ok');
    expect(dotted?.message.en).not.toContain('final dot');
  });
});
