import type { TestZone } from './zones.js';

export interface UnboundSettings {
  directory: string;
  /** Plain DNS, UDP and TCP: dnsdist's backend. */
  dnsPort: number;
  /** DoH over TLS (HTTP/2 only). */
  httpsPort: number;
  certPath: string;
  keyPath: string;
  zones: readonly TestZone[];
}

/** A string as unbound.conf quotes it. */
export const quote = (text: string): string => JSON.stringify(text);

/** The start of every test unbound's `server:` section: in the foreground, unprivileged, in `directory`, logging to stderr, one thread, IPv4 only. */
export function serverBasics(directory: string): string[] {
  return [
    'server:',
    '  do-daemonize: no',
    '  username: ""',
    '  chroot: ""',
    `  directory: ${quote(directory)}`,
    `  pidfile: ${quote(`${directory}/unbound.pid`)}`,
    '  use-syslog: no',
    '  logfile: ""',
    '  verbosity: 1',
    '  num-threads: 1',
    // Two test runs at once must never share a port silently.
    '  so-reuseport: no',
    '  do-ip6: no',
  ];
}

/** Only loopback may ask, and only about the test zones: "." is refused, each test zone made transparent (else the refusal hides it too). */
export function onlyTestZones(zones: readonly TestZone[]): string[] {
  return [
    '  access-control: 127.0.0.0/8 allow',
    '  module-config: "iterator"',
    '  local-zone: "." refuse',
    ...zones.map((zone) => `  local-zone: ${quote(`${zone.name}.`)} transparent`),
  ];
}

/** The only forwarder is a loopback port unbound never queries: it cannot reach the internet. */
export const NO_FORWARDER = ['forward-zone:', '  name: "."', '  forward-addr: 127.0.0.1@9', ''];

/**
 * unbound as a recursive resolver that knows only the test zones. Each zone is an auth-zone
 * used for upstream lookups behind a stub (so the iterator follows delegations inside it, and a
 * delegation to a server it may not query gives a real SERVFAIL); everything else is refused
 * and the only forwarder is a loopback port unbound never queries: it cannot reach the internet.
 */
export function unboundConfig(settings: UnboundSettings): string {
  const zoneBlocks = settings.zones.flatMap((zone) => [
    'auth-zone:',
    `  name: ${quote(`${zone.name}.`)}`,
    `  zonefile: ${quote(zone.file)}`,
    '  for-downstream: no',
    '  for-upstream: yes',
    '  fallback-enabled: no',
    'stub-zone:',
    `  name: ${quote(`${zone.name}.`)}`,
    // Never contacted (do-not-query-localhost): it only makes the zone a delegation point, where the auth-zone data answers.
    '  stub-addr: 127.0.0.1@9',
  ]);
  return [
    ...serverBasics(settings.directory),
    `  interface: 127.0.0.1@${settings.dnsPort}`,
    `  interface: 127.0.0.1@${settings.httpsPort}`,
    `  port: ${settings.dnsPort}`,
    `  https-port: ${settings.httpsPort}`,
    '  http-endpoint: "/dns-query"',
    `  tls-service-key: ${quote(settings.keyPath)}`,
    `  tls-service-pem: ${quote(settings.certPath)}`,
    ...onlyTestZones(settings.zones),
    ...zoneBlocks,
    ...NO_FORWARDER,
  ].join('\n');
}
