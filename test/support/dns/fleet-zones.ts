import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * A fleet of customer domains for `check --domains` tests and the fleet bench: N domains under
 * fleet.test, each with the MX Plan setup (5 MX, SPF `include:mx.ovh.com`, DMARC), and a
 * stand-in `mx.ovh.com` zone whose SPF pulls in two more policies, so that every domain's SPF
 * expansion asks the same three shared names. Written to a directory of its own and served by a
 * loopback unbound of its own (startLoopbackDns({zonesDirectory})): the shared test zones keep
 * mx.ovh.com unreadable, as their tests expect. Loopback only; the addresses are documentation ranges.
 */

export const FLEET_ZONE = 'fleet.test';
/** Asked by every domain's SPF check: the names one answer cache asks once for the whole fleet. */
export const SHARED_SPF_NAMES = ['mx.ovh.com', 'a.mx.ovh.com', 'b.mx.ovh.com'] as const;
export const FLEET_DMARC = 'v=DMARC1; p=none';

export function fleetDomain(index: number): string {
  return `d${index}.${FLEET_ZONE}`;
}

/** `check --domains` lines: `dN.fleet.test` for N = 1…count (they take --service and --var). */
export function fleetDomains(count: number): string[] {
  return Array.from({ length: count }, (_, i) => fleetDomain(i + 1));
}

/** Writes fleet.test.zone (count domains) and mx.ovh.com.zone into `directory`. */
export async function writeFleetZones(directory: string, count: number): Promise<void> {
  const domains = Array.from({ length: count }, (_, i) => `d${i + 1}`).flatMap((label) => [
    `${label} IN MX 1 mx0.mail.ovh.net.`,
    `${label} IN MX 5 mx1.mail.ovh.net.`,
    `${label} IN MX 50 mx2.mail.ovh.net.`,
    `${label} IN MX 100 mx3.mail.ovh.net.`,
    `${label} IN MX 200 mx4.mail.ovh.net.`,
    `${label} IN TXT "v=spf1 include:mx.ovh.com ~all"`,
    `_dmarc.${label} IN TXT "${FLEET_DMARC}"`,
  ]);
  await writeFile(join(directory, `${FLEET_ZONE}.zone`), [...apex(FLEET_ZONE), ...domains, ''].join('\n'));
  await writeFile(
    join(directory, 'mx.ovh.com.zone'),
    [
      ...apex('mx.ovh.com'),
      '@ IN TXT "v=spf1 include:a.mx.ovh.com include:b.mx.ovh.com ~all"',
      'a IN TXT "v=spf1 ip4:198.51.100.0/24 ~all"',
      'b IN TXT "v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 ~all"',
      '',
    ].join('\n'),
  );
}

function apex(zone: string): string[] {
  return [
    `$ORIGIN ${zone}.`,
    '$TTL 3600',
    `@ IN SOA ns1.${zone}. hostmaster.${zone}. 2026120701 3600 600 86400 300`,
    `@ IN NS ns1.${zone}.`,
    'ns1 IN A 127.0.0.1',
  ];
}
