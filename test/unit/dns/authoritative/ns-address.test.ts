import { describe, expect, it } from 'vitest';
import { parseNsAddress } from '../../../../src/dns/authoritative/ns-address.js';

describe('--ns-address NAME=IP[:PORT]', () => {
  // One server, however its name is written (case, final dot): the rows vary its address and port.
  it.each([
    ['ns1.example.com=192.0.2.53', '192.0.2.53', 53],
    ['NS1.Example.COM.=192.0.2.53:5353', '192.0.2.53', 5353],
    ['ns1.example.com=2001:db8::53', '2001:db8::53', 53],
    ['ns1.example.com=[2001:DB8:0::53]:5353', '2001:db8::53', 5353],
    ['ns1.example.com=[::ffff:192.0.2.1]', '::ffff:c000:201', 53],
  ])('%s', (text, ip, port) => {
    expect(parseNsAddress(text)).toEqual({ ok: true, name: 'ns1.example.com', address: { ip, port } });
  });

  it.each([
    'ns1.example.com',
    '=192.0.2.53',
    'ns1.example.com=',
    'ns1.example.com=ns2.example.com',
    'ns1.example.com=256.0.0.1',
    'ns1.example.com=192.0.2.53:0',
    'ns1.example.com=192.0.2.53:65536',
    'ns1.example.com=1',
    'ns1.example.com=0x7f.1',
    'ns1.example.com=[fe80::1%eth0]:53',
    'ns1.example.com=2001:db8::53:5353:1:2:3:4',
    'ns 1.example.com=192.0.2.53',
    'ns1.example.com=192.0.2.53\u001b[2K',
    `${'a'.repeat(64)}.example.com=192.0.2.53`,
  ])('refuses %j', (text) => {
    expect(parseNsAddress(text)).toEqual({ ok: false });
  });
});
