/**
 * fast-check generators of VALID model records (normalized: lowercase, no final dot,
 * canonical IPv6), for the round-trip properties. Names stay short so that no
 * generated name breaks the 63/253 limits; TXT text is dense in the characters that
 * make quoting hard.
 */
import fc from 'fast-check';
import { formatIPv6 } from '../../../src/records/ip-address.js';
import type { DnsRecord } from '../../../src/records/types.js';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);
const serviceLabel = label.map((text) => `_${text}`);
const topLevel = fc.stringMatching(/^[a-z]{2,6}$/);

/** A zone such as `ab3.fr` or `x-y.example.com`. */
export const zoneArb = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 2 }), topLevel)
  .map(([labels, tld]) => [...labels, tld].join('.'));

/** Some labels below `zone` (or nothing: the apex). */
function below(zone: string, labels: fc.Arbitrary<string>, maxLength = 3): fc.Arbitrary<string> {
  return fc.array(labels, { maxLength }).map((parts) => [...parts, zone].join('.'));
}

/** A host name in `zone`, or anywhere else. */
function hostIn(zone: string, labels: fc.Arbitrary<string> = label): fc.Arbitrary<string> {
  return fc.oneof(below(zone, labels), zoneArb.chain((other) => below(other, labels)));
}

const ttl = fc.oneof(fc.constantFrom(300, 3600, 86400), fc.integer({ min: 0, max: 2147483647 }));
const u16 = fc.integer({ min: 0, max: 65535 });
const ipv4 = fc.tuple(u16, u16).map(([a, b]) => [a >> 8, a & 255, b >> 8, b & 255].join('.'));
const ipv6 = fc.array(fc.oneof(fc.constant(0), u16), { minLength: 8, maxLength: 8 }).map(formatIPv6);
const wildcardOr = (name: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: name }, { weight: 1, arbitrary: name.map((text) => `*.${text}`) });

/** Characters that test quoting, escaping and byte counting, plus anything Unicode has. */
const txtChar = fc.oneof(
  fc.constantFrom('"', '\\', ';', '(', ')', ' ', '\t', '\n', '\u0000', '\u007f', 'é', '€', '😀', 'a', 'Z', '0', '$', '@'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
// Two lengths: fast-check favours short strings, and the 255-byte split needs long ones.
const txtValue = fc.oneof(
  fc.string({ unit: txtChar, minLength: 1, maxLength: 40 }),
  fc.string({ unit: txtChar, minLength: 100, maxLength: 400, size: 'max' }),
);

export function recordArb(zone: string): fc.Arbitrary<DnsRecord> {
  const host = wildcardOr(hostIn(zone));
  const serviceHost = hostIn(zone, fc.oneof(label, serviceLabel));
  return fc.oneof(
    fc.record({ type: fc.constant('A' as const), name: host, ttl, value: ipv4 }),
    fc.record({ type: fc.constant('AAAA' as const), name: host, ttl, value: ipv6 }),
    fc.record({ type: fc.constant('CNAME' as const), name: wildcardOr(serviceHost), ttl, value: serviceHost }),
    fc.oneof(
      fc.record({ type: fc.constant('MX' as const), name: host, ttl, value: hostIn(zone), priority: u16 }),
      // Null MX (RFC 7505): no host, priority 0.
      fc.record({ type: fc.constant('MX' as const), name: host, ttl, value: fc.constant(''), priority: fc.constant(0) }),
    ),
    fc.record({
      type: fc.constant('SRV' as const),
      name: fc.tuple(serviceLabel, fc.constantFrom('_tcp', '_udp', '_tls'), hostIn(zone)).map((parts) => parts.join('.')),
      ttl,
      value: fc.oneof({ weight: 5, arbitrary: hostIn(zone) }, { weight: 1, arbitrary: fc.constant('') }),
      priority: u16,
      weight: u16,
      port: u16,
    }),
    fc.record({ type: fc.constant('TXT' as const), name: wildcardOr(serviceHost), ttl, value: txtValue }),
    // fc.record builds null-prototype objects; parsed records are plain ones.
  ).map((record): DnsRecord => ({ ...record }));
}
