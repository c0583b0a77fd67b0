export interface DnsdistSettings {
  /** Plain DNS listener; dnsdist would take port 53 without one. */
  dnsPort: number;
  /** unbound's plain DNS port. */
  backendPort: number;
  /** DoH over TLS (HTTP/1.1 and h2). */
  tlsPort: number;
  /** DoH over plain HTTP: the one Node's fetch talks to without certificates. */
  plainPort: number;
  certPath: string;
  keyPath: string;
  /** Asked for its SOA as the health check: dnsdist says "up" once unbound serves the zones. */
  healthCheckZone: string;
}

/** dnsdist as the RFC 8484 front end of unbound (unbound's own DoH speaks HTTP/2 only). */
export function dnsdistConfig(settings: DnsdistSettings): string {
  const lua = (text: string): string => JSON.stringify(text);
  return [
    // Otherwise it looks up a public host at start.
    "setSecurityPollSuffix('')",
    `setLocal('127.0.0.1:${settings.dnsPort}')`,
    `newServer({address='127.0.0.1:${settings.backendPort}', checkName=${lua(`${settings.healthCheckZone}.`)}, checkType='SOA', mustResolve=true})`,
    `addDOHLocal('127.0.0.1:${settings.tlsPort}', ${lua(settings.certPath)}, ${lua(settings.keyPath)}, '/dns-query')`,
    `addDOHLocal('127.0.0.1:${settings.plainPort}', nil, nil, '/dns-query')`,
    '',
  ].join('\n');
}
