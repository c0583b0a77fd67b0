import type { Localized } from '../i18n/lang.js';
import { typeset } from '../i18n/typeset.js';
import { OVH_MX_RECORDS, OVH_PANEL_MX, OVH_SPF, REGION_VARIABLE } from './ovh-mail-records.js';
import { OVH_PLATFORM_RECORDS, platformVariables } from './ovh-platform-records.js';
import type { ServiceTemplate } from './types.js';

/** Where the customer finds the platform's server, and how it looks. */
export interface PlatformServer {
  example: string;
  where: Localized;
  /** The DKIM selectors' prefix of the offer (ovhex1-selector1…). */
  dkimPrefix: 'ovhex' | 'ovhemp';
}

/**
 * An OVHcloud offer on a shared platform (Hosted Exchange, Email Pro): the region's MX records,
 * the platform's own records and the SPF, with the control panel's MX set accepted too.
 */
export function ovhPlatformService(service: Pick<ServiceTemplate, 'id' | 'name' | 'description'>, server: PlatformServer): ServiceTemplate {
  return typeset({
    ...service,
    provider: 'OVHcloud',
    providerDomain: 'ovhcloud.com',
    variables: [...platformVariables(server.example, server.where, server.dkimPrefix), REGION_VARIABLE],
    records: [...OVH_MX_RECORDS, ...OVH_PLATFORM_RECORDS, ...OVH_SPF],
    alternatives: [OVH_PANEL_MX],
  });
}
