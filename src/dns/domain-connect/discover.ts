import type { Localized } from '../../i18n/lang.js';
import { errorText } from '../../lib/localized-error.js';
import { allowedApiUrl, allowedDomainConnectAddress } from '../../hosts/domain-connect-address.js';
import { getJson } from './fetch-json.js';
import { domainConnectMessages as say } from './messages.js';
import { MAX_SETTINGS_BYTES, readSettings, type DomainConnectSettings } from './settings.js';

/** Domain Connect's own budget inside a check or a `host` lookup (the "at most 3 s"). */
export const DOMAIN_CONNECT_TIMEOUT_MS = 3000;

export interface DomainConnectAccess {
  fetch: typeof fetch;
  /** `host:port` entries allowed besides the known providers (tests). */
  extraHosts?: readonly string[];
}

export type Discovery =
  /** The zone has no `_domainconnect` record. */
  | { kind: 'none' }
  /** Its record names an address off the allow-list: nothing was fetched. */
  | { kind: 'refused'; value: string; reason: Localized }
  /** The settings could not be had, or were not valid. */
  | { kind: 'failed'; reason: Localized }
  | { kind: 'found'; settings: DomainConnectSettings };

/**
 * From the TXT strings of `_domainconnect.<zone>` to the provider's settings
 * (`GET https://{value}/v2/{zone}/settings`). Only an allow-listed value is contacted, once.
 */
export async function discoverDomainConnect(zone: string, txt: readonly string[], access: DomainConnectAccess, timeoutMs: number): Promise<Discovery> {
  const value = txt.find((text) => text.trim() !== '');
  if (value === undefined) return { kind: 'none' };
  const address = allowedDomainConnectAddress(value, 'discovery', access.extraHosts);
  if (!address.ok) return { kind: 'refused', value: value.slice(0, 120), reason: say.refused(value.slice(0, 120)) };
  try {
    const reply = await getJson(`${address.base}/v2/${encodeURIComponent(zone)}/settings`, { fetch: access.fetch, timeoutMs, maxBytes: MAX_SETTINGS_BYTES });
    if (reply.status === 'not-found') return { kind: 'failed', reason: say.notHeld(zone) };
    const read = readSettings(reply.body);
    if (!read.ok) return { kind: 'failed', reason: say.badBody(read.badFields.join(', ')) };
    if (!allowedApiUrl(read.settings.urlAPI, access.extraHosts).ok) return { kind: 'failed', reason: say.apiRefused(read.settings.urlAPI.slice(0, 120)) };
    return { kind: 'found', settings: read.settings };
  } catch (error) {
    return { kind: 'failed', reason: errorText(error) };
  }
}
