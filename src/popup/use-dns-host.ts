import { useEffect, useState } from 'preact/hooks';
import type { DnsHost } from '../dns/dns-host.js';
import { send } from '../messages/client.js';

/**
 * Who serves the domain's zone, asked of the background as soon as the domain is known (not only
 * after a check). Undefined while unknown or when the lookup failed: nothing is said then.
 */
export function useDnsHost(domain: string): DnsHost | null | undefined {
  const [host, setHost] = useState<{ domain: string; host: DnsHost | null } | undefined>(undefined);
  useEffect(() => {
    if (!domain) return;
    let current = true;
    send('get-host', { domain }).then(
      (found) => current && setHost({ domain, host: found }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [domain]);
  return host?.domain === domain ? host.host : undefined;
}
