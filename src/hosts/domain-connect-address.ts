import { DOMAIN_CONNECT_PROVIDERS, type DomainConnectProvider } from './domain-connect-hosts.js';
import { nameKey } from '../records/names/name-key.js';

/** Why an address from DNS or a settings body is not contacted. */
export type RefusedAddress = 'malformed' | 'not-allowed';

export type AllowedAddress =
  | { ok: true; /** `https://host[:port][/path]`, no final slash: what `/v2/…` is appended to. */ base: string; provider?: DomainConnectProvider }
  | { ok: false; refused: RefusedAddress };

/** What the TXT record may hold: a host, an optional port (tests only), an optional plain path. */
const ADDRESS = /^([a-z0-9.-]{1,253})(:\d{1,5})?((?:\/[a-z0-9._~-]+)*)\/?$/;

/**
 * A Domain Connect address as the spec writes it (`host[/path]`, no scheme) checked against the
 * allow-list: the providers' own addresses, plus `host:port` entries a test run allows (the CLI
 * reads them from DSA_DOMAIN_CONNECT_HOSTS). Compared whole, so a scheme, userinfo, a query, an
 * unknown host, a port or a path the provider does not use (`..` included) all fail.
 */
export function allowedDomainConnectAddress(value: string, kind: 'discovery' | 'api', extraHosts: readonly string[] = []): AllowedAddress {
  const text = value.trim().toLowerCase();
  const match = ADDRESS.exec(text);
  if (!match || text.length > 300) return { ok: false, refused: 'malformed' };
  const [, host, port = '', path = ''] = match;
  const address = `${nameKey(host!)}${port}${path}`;
  const provider = DOMAIN_CONNECT_PROVIDERS.find((p) => p[kind].includes(address));
  if (provider) return { ok: true, base: `https://${address}`, provider };
  if (path === '' && extraHosts.includes(address)) return { ok: true, base: `https://${address}` };
  return { ok: false, refused: 'not-allowed' };
}

/** `urlAPI` from a settings body: an https URL whose host and path are an allowed API base. */
export function allowedApiUrl(url: string, extraHosts: readonly string[] = []): AllowedAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, refused: 'malformed' };
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '') {
    return { ok: false, refused: 'malformed' };
  }
  return allowedDomainConnectAddress(`${parsed.host}${parsed.pathname}`, 'api', extraHosts);
}

/** `DSA_DOMAIN_CONNECT_HOSTS="localhost:8443 127.0.0.1:9443"` → the `host:port` entries (a port is required). */
export function parseExtraHosts(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((entry) => /^[a-z0-9.-]+:\d{1,5}$/i.test(entry)).map((entry) => entry.toLowerCase());
}
