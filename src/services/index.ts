import type { Lang } from '../i18n/lang.js';
import { exchangeOnprem } from './exchange-onprem.js';
import { microsoft365 } from './microsoft-365.js';
import { ovhEmailPro } from './ovh-email-pro.js';
import { ovhHostedExchange } from './ovh-hosted-exchange.js';
import { ovhMxPlan } from './ovh-mx-plan.js';
import { ovhPrivateExchange } from './ovh-private-exchange.js';
import type { ServiceTemplate } from './types.js';

/** The catalog. Adding a service is one file and one line here. */
export const SERVICES: readonly ServiceTemplate[] = [
  ovhHostedExchange,
  ovhEmailPro,
  ovhPrivateExchange,
  ovhMxPlan,
  exchangeOnprem,
  microsoft365,
];

let imported: readonly ServiceTemplate[] = [];

/**
 * The Domain Connect templates the user imported (options page), as services
 * (serviceFromTemplate). Each surface reads them from storage and hands them over here, so every
 * part that looks a service up (popup, background, filler) sees one catalog.
 */
export function useImportedServices(services: readonly ServiceTemplate[]): void {
  imported = [...services];
}

/** The built-in services, then the imported templates. */
export function allServices(): readonly ServiceTemplate[] {
  return [...SERVICES, ...imported];
}

export function findService(id: string): ServiceTemplate | undefined {
  return allServices().find((service) => service.id === id);
}

/** The service's name as the user reads it in `lang` (its id when it is unknown: an imported template since removed). */
export function serviceName(id: string, lang: Lang): string {
  const service = findService(id);
  return service ? (service.localName?.[lang] ?? service.name) : id;
}
