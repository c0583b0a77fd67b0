import { describe, expect, test } from 'vitest';
import { lineRow } from '../../../../src/page/listing/pending.js';

const cells = (line: string) => lineRow(line.split(' '))?.map((cell) => `${cell.label}=${cell.text}`);

describe('a pending change written as one line', () => {
  test('type first, words before it ignored, a TTL told from the MX/SRV numbers by their count', () => {
    expect(cells('MX example.com 3600 0 mail.example.com')).toEqual(['Type=MX', 'Host=example.com', 'TTL=3600', 'Value=0 mail.example.com']);
    expect(cells('Ajout · MX @ 10 mx0.mail.ovh.net.')).toEqual(['Type=MX', 'Host=@', 'Value=10 mx0.mail.ovh.net.']);
    expect(cells('SRV _sip._tls 300 100 1 443 sip.example.net')).toEqual(['Type=SRV', 'Host=_sip._tls', 'TTL=300', 'Value=100 1 443 sip.example.net']);
  });

  test('zone-file order (owner, TTL, class, type, data) and TXT with spaces', () => {
    expect(cells('www 3600 IN A 192.0.2.1')).toEqual(['Type=A', 'Host=www', 'Value=192.0.2.1']);
    expect(cells('@ TXT v=spf1 include:spf.example.net -all')).toEqual(['Type=TXT', 'Host=@', 'Value=v=spf1 include:spf.example.net -all']);
  });

  test('a line that is no record of the model reads as nothing', () => {
    expect(cells('Pending changes (2)')).toBeUndefined();
    expect(cells('MX example.com mail.example.com')).toBeUndefined();
    expect(cells('A www not-an-address')).toBeUndefined();
  });
});
