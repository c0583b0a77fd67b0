import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../../src/page/zone-table.js';

describe('recordFromText', () => {
  const name = 'example.com';

  it('reads the numbers before the target when the value text holds them (zone-file order)', () => {
    expect(recordFromText('MX', name, 300, '10 MX1.Example.net.')).toEqual({ type: 'MX', name, ttl: 300, value: 'mx1.example.net', priority: 10 });
    expect(recordFromText('SRV', '_sip._tls.example.com', 300, '100 1 443 sip.example.net')).toEqual({
      type: 'SRV', name: '_sip._tls.example.com', ttl: 300, value: 'sip.example.net', priority: 100, weight: 1, port: 443,
    });
  });

  it('takes the priority from its own column when given; the text holds the rest', () => {
    expect(recordFromText('MX', name, 300, 'mx1.example.net', '5')).toEqual({ type: 'MX', name, ttl: 300, value: 'mx1.example.net', priority: 5 });
    expect(recordFromText('SRV', name, 300, '1 443 sip.example.net', '100')).toMatchObject({ value: 'sip.example.net', priority: 100, weight: 1, port: 443 });
  });

  it('makes CNAME targets absolute and keeps A, AAAA and TXT texts as they are', () => {
    expect(recordFromText('CNAME', name, 300, 'Target.Example.net.').value).toBe('target.example.net');
    expect(recordFromText('TXT', name, 300, 'v=spf1 include:spf.example.net ~all', '7')).toEqual({ type: 'TXT', name, ttl: 300, value: 'v=spf1 include:spf.example.net ~all' });
  });
});
