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

export function findService(id: string): ServiceTemplate | undefined {
  return SERVICES.find((service) => service.id === id);
}
