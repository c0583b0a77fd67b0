import { dmarc } from 'mailauth/lib/dmarc/index.js';
import { spf } from 'mailauth/lib/spf/index.js';
import { mailauthResolver } from './mailauth-resolver.js';

/** Allowed by b.mx.ovh.com only: mailauth walks the whole include chain, as the check does. */
const SENDER_IP = '203.0.113.25';

/**
 * What a script calling mailauth would do for a fleet: each domain's SPF (for a sender IP that
 * only the last include allows) and DMARC, `concurrency` domains at a time, through one DoH
 * endpoint. Returns how many domains passed both.
 */
export async function mailauthFleet(domains: readonly string[], resolverUrl: string, concurrency: number): Promise<number> {
  const resolve = mailauthResolver(resolverUrl);
  const queue = [...domains];
  let ok = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let domain = queue.shift(); domain !== undefined; domain = queue.shift()) {
        const spfResult = await spf({ sender: `postmaster@${domain}`, ip: SENDER_IP, helo: domain, mta: 'bench.fleet.test', resolver: resolve });
        const dmarcResult = await dmarc({ headerFrom: domain, spfDomains: [domain], resolver: resolve });
        if (spfResult.status.result === 'pass' && dmarcResult && dmarcResult.status.result === 'pass') ok++;
      }
    }),
  );
  return ok;
}
