import { describe, expect, it } from 'vitest';
import { canonicalIPv6, parseIPv4, parseIPv6 } from '../../../src/records/ip-address.js';

describe('parseIPv4', () => {
  it('reads four octets', () => {
    expect(parseIPv4('192.0.2.10')).toEqual([192, 0, 2, 10]);
    expect(parseIPv4('0.0.0.0')).toEqual([0, 0, 0, 0]);
  });
  it.each(['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.x', '', ' 1.2.3.4'])('refuses %j', (text) => {
    expect(parseIPv4(text)).toBeUndefined();
  });
});

describe('IPv6', () => {
  it.each([
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0000:0000:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:0db8:85a3::8a2e:0370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
  ])('%s → %s (RFC 5952)', (input, canonical) => {
    expect(canonicalIPv6(input)).toBe(canonical);
  });
  it.each(['1:2:3:4:5:6:7', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9', '::1%eth0', '1.2.3.4', '1:2:3:4:5:6:7::8'])(
    'refuses %j',
    (text) => {
      expect(parseIPv6(text)).toBeUndefined();
    },
  );
});
