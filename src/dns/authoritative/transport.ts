/**
 * Plain DNS to a name server (RFC 1035 §4.2), injected like `fetch` is for DoH: the CLI gives
 * one on Node sockets (src/cli/dns-sockets.ts), tests may give their own. Layer 0 never opens
 * a socket itself.
 */

export interface ServerAddress {
  /** An IPv4 or IPv6 address, never a name: the name server's name was resolved first. */
  ip: string;
  port: number;
}

export interface DnsTransport {
  /**
   * Sends one DNS message and resolves with the server's reply (over TCP without the 2-byte
   * length prefix). Rejects on a network error; stops and rejects when `signal` aborts.
   */
  exchange(message: Uint8Array, server: ServerAddress, protocol: 'udp' | 'tcp', signal: AbortSignal): Promise<Uint8Array>;
}

export const DNS_PORT = 53;
