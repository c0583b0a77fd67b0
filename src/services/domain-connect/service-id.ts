/**
 * The service id of a Domain Connect template everywhere in the product (CLI JSON `service`,
 * storage, the popup's `service=` parameter, share codes): `dc:<providerId>/<serviceId>`.
 * Both ids keep their case: the spec makes them case-sensitive (`microsoft.com/O365`).
 */
export const DC_SERVICE_PREFIX = 'dc:';

/** The characters the Templates repository's linter allows in both ids (dc-template-linter DCTL1002). */
export const DC_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function dcServiceId(template: { providerId: string; serviceId: string }): string {
  return `${DC_SERVICE_PREFIX}${template.providerId}/${template.serviceId}`;
}

export function isDcServiceId(id: string): boolean {
  return id.startsWith(DC_SERVICE_PREFIX);
}
