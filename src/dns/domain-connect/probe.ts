import { allowedApiUrl } from '../../hosts/domain-connect-address.js';
import { getJson } from './fetch-json.js';
import type { DomainConnectAccess } from './discover.js';
import type { DomainConnectSettings } from './settings.js';

/** A template support answer is small JSON (the template's version): a few bytes. */
const MAX_PROBE_BYTES = 4096;

/**
 * Does the provider hold this service's template? `GET {urlAPI}/v2/domainTemplates/providers/{p}/services/{s}`:
 * 2xx yes, 404 no, anything else (or an API address off the allow-list) unknown.
 */
export async function probeTemplate(settings: DomainConnectSettings, template: { providerId: string; serviceId: string }, access: DomainConnectAccess, timeoutMs: number): Promise<boolean | undefined> {
  const api = allowedApiUrl(settings.urlAPI, access.extraHosts);
  if (!api.ok) return undefined;
  const url = `${api.base}/v2/domainTemplates/providers/${encodeURIComponent(template.providerId)}/services/${encodeURIComponent(template.serviceId)}`;
  try {
    return (await getJson(url, { fetch: access.fetch, timeoutMs, maxBytes: MAX_PROBE_BYTES })).status === 'ok';
  } catch {
    return undefined;
  }
}
