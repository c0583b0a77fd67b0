import type { LoopbackDns } from './loopback-dns.js';

/** The misbehaviours of the fault proxy (see fault-proxy.ts). */
export type Fault =
  | 'pass' | 'hang' | 'http500' | 'garbage' | 'wrong-type' | 'ad' | 'tc' | 'tc-always'
  | { slowMs: number } | { redirect: 301 | 302 | 307 | 308 } | { swap: { from: string; to: string } };

/** The DoH URL of the fault proxy that answers with `fault`; over HTTPS with `tls` (for Chromium). */
export function faultUrl(dns: Pick<LoopbackDns, 'faultOrigin' | 'faultTlsOrigin'>, fault: Fault, options: { tls?: boolean } = {}): string {
  const origin = options.tls ? dns.faultTlsOrigin : dns.faultOrigin;
  if (fault === 'pass') return `${origin}/dns-query`;
  if (typeof fault === 'object') {
    if ('slowMs' in fault) return `${origin}/slow/${fault.slowMs}/dns-query`;
    if ('redirect' in fault) return `${origin}/redirect/${fault.redirect}/dns-query`;
    return `${origin}/swap/${fault.swap.from}/${fault.swap.to}/dns-query`;
  }
  return `${origin}/${fault}/dns-query`;
}

/**
 * Chromium's --host-resolver-rules value that sends `hosts` (port 443) to a loopback port,
 * e.g. the default resolvers to dnsdist's TLS port: `MAP dns.google:443 127.0.0.1:8054, …`.
 * Use with --ignore-certificate-errors; the test certificate names every TEST_HOSTS entry.
 */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
}
