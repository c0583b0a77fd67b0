import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { parseZoneName } from '../records/names/zone-name.js';
import { serviceVariables } from '../services/service-variables.js';
import { findService } from '../services/index.js';
import { readVariable } from '../services/variables.js';
import type { Capture, CaptureSource, CapturedValue } from './types.js';

/**
 * A Capture from raw values: every value goes through the catalog's own variable reader
 * (the same as typed values), so a capture never holds what the form would refuse.
 * Values the service doesn't take, or that fail validation, are left out with a note.
 */
export function buildCapture(
  domain: string,
  serviceId: string,
  values: Record<string, { value: string; source: CaptureSource }>,
): { capture?: Capture; notes: Localized[] } {
  const parsed = parseZoneName(domain);
  if (!parsed.ok) {
    return {
      notes: [localized({
        en: `"{domain}" is not a domain name: type the domain whose zone you edit.`,
        fr: `« {domain} » n’est pas un nom de domaine : indiquez le domaine dont vous modifiez la zone.`,
      }, { domain })],
    };
  }
  const zone = parsed.name;
  const service = findService(serviceId);
  if (!service) {
    return { notes: [localized({ en: `Unknown service "{serviceId}": choose one from the list.`, fr: `Service inconnu « {serviceId} » : choisissez-en un dans la liste.` }, { serviceId })] };
  }
  const specs = new Map(serviceVariables(service).map((spec) => [spec.name, spec]));
  const notes: Localized[] = [];
  const vars: Record<string, CapturedValue> = {};
  for (const [name, { value, source }] of Object.entries(values)) {
    const spec = specs.get(name);
    if (!spec) continue;
    const read = readVariable(spec, value, zone);
    if (read.ok) vars[name] = { value: read.value, source };
    else notes.push(...read.problems);
  }
  return { capture: { domain: zone, service: service.id, vars }, notes };
}

/** The setup the rest of the product uses (vars without their sources). */
export function setupOfCapture(capture: Capture): { domain: string; service: string; vars: Record<string, string> } {
  return {
    domain: capture.domain,
    service: capture.service,
    vars: Object.fromEntries(Object.entries(capture.vars).map(([name, { value }]) => [name, value])),
  };
}

/** Both captures for one domain and service, the newer one's values winning. */
export function mergeCaptures(older: Capture | undefined, newer: Capture): Capture {
  if (!older || older.domain !== newer.domain || older.service !== newer.service) return newer;
  return { ...newer, vars: { ...older.vars, ...newer.vars } };
}
