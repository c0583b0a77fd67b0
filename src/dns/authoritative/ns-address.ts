import { DNS_PORT, type ServerAddress } from './transport.js';
import { nameKey } from '../../records/names/name-key.js';

/**
 * `--ns-address NAME=IP[:PORT]`: a name server's address given by hand (split DNS, where the
 * public resolvers see another view; tests on loopback). IPv6 is written in brackets when a port
 * follows (`ns1.example.com=[2001:db8::53]:5353`), as in URLs (RFC 3986 §3.2.2).
 */
export type NsAddressReading = { ok: true; name: string; address: ServerAddress } | { ok: false };

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** Loose shape only; the URL parser then decides (RFC 4291 text forms, zone ids refused). */
const IPV6_SHAPE = /^[0-9a-f:.]{2,45}$/i;
const NAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?$/;

export function parseNsAddress(text: string): NsAddressReading {
  const equals = text.indexOf('=');
  if (equals <= 0) return { ok: false };
  const name = nameKey(text.slice(0, equals));
  const address = readAddress(text.slice(equals + 1));
  return NAME.test(name) && address ? { ok: true, name, address } : { ok: false };
}

function readAddress(text: string): ServerAddress | undefined {
  const bracketed = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) return withPort(ipv6(bracketed[1]!), bracketed[2]);
  const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(text);
  if (v4) return withPort(IPV4.test(v4[1]!) ? v4[1] : undefined, v4[2]);
  return withPort(ipv6(text), undefined);
}

function ipv6(text: string): string | undefined {
  if (!IPV6_SHAPE.test(text) || !text.includes(':')) return undefined;
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

function withPort(ip: string | undefined, port: string | undefined): ServerAddress | undefined {
  const number = port === undefined ? DNS_PORT : Number(port);
  return ip !== undefined && number >= 1 && number <= 65_535 ? { ip, port: number } : undefined;
}
