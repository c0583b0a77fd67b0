import { DC_SERVICE_PREFIX } from './service-id.js';

export interface TemplateRef {
  providerId: string;
  serviceId: string;
}

/**
 * Catalog services that have an official Domain Connect template (Domain-Connect/Templates):
 * a DNS provider holding it lets the service's own setup write the records in one click.
 * OVHcloud's services have none (see the team's dns-hosts-and-standards notes).
 */
const OFFICIAL: Readonly<Record<string, TemplateRef>> = {
  // test/data/domain-connect/templates/microsoft.com.o365.json
  'microsoft-365': { providerId: 'microsoft.com', serviceId: 'O365' },
};

/** The template to ask a DNS provider about: the service's official one, or the imported template itself. */
export function templateRefOf(serviceId: string): TemplateRef | undefined {
  if (Object.hasOwn(OFFICIAL, serviceId)) return OFFICIAL[serviceId];
  if (!serviceId.startsWith(DC_SERVICE_PREFIX)) return undefined;
  const [providerId, templateId, extra] = serviceId.slice(DC_SERVICE_PREFIX.length).split('/');
  return providerId && templateId && extra === undefined ? { providerId, serviceId: templateId } : undefined;
}
