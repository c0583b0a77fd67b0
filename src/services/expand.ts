import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';
import { validateRecord } from '../records/validate.js';
import { COMMON_RECORDS } from './common-records.js';
import type { DesiredRecord, ExpandResult } from './desired.js';
import { isDcServiceId } from './domain-connect/service-id.js';
import { allServices, findService } from './index.js';
import { parseZoneName } from '../records/names/zone-name.js';
import { sortForZone } from './sort-for-zone.js';
import { spfRecord } from './spf-record.js';
import { instantiate, variablesIn } from './template-record.js';
import type { ServiceTemplate, TemplateRecord } from './types.js';
import { readVariable } from './variables.js';
import { missingVariable, serviceVariables } from './service-variables.js';

export type { ExpandResult } from './desired.js';

function notImported(id: string): Localized {
  return localized({
    en: `The service {id} is a Domain Connect template that is not imported here: import its .json file in the options, then try again.`,
    fr: `Le service {id} est un modèle Domain Connect qui n’est pas importé ici : importez son fichier .json dans les options, puis réessayez.`,
  }, { id });
}

/** Values of the setup after defaults and normalization, or every problem found. */
function readVariables(service: ServiceTemplate, domain: string, vars: Record<string, string>) {
  const specs = serviceVariables(service);
  const problems: Localized[] = [];
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(vars)) {
    if (!known.has(name)) {
      problems.push(localized({
        en: `{id} has no variable "{name}"; it takes: {known}.`,
        fr: `{id} n’a pas de variable « {name} » ; il accepte : {known}.`,
      }, { id: service.id, name, known: [...known].join(', ') }));
    }
  }
  const values: Record<string, string> = {};
  for (const spec of specs) {
    const raw = vars[spec.name]?.trim() || spec.default;
    if (raw === undefined) {
      if (spec.required) problems.push(missingVariable(spec));
      continue;
    }
    const result = readVariable(spec, raw, domain);
    if (result.ok) values[spec.name] = result.value;
    else problems.push(...result.problems);
  }
  return { values, problems };
}

function applies(template: TemplateRecord, values: Record<string, string>): boolean {
  return Object.entries(template.when ?? {}).every(([name, allowed]) => allowed.includes(values[name] ?? ''));
}

/**
 * Records whose variables are all set are written; a record that uses an optional variable left
 * empty is left out. Setting only some of a record's variables is a mistake worth saying
 * (a DKIM selector without its target).
 */
function instantiateAll(templates: TemplateRecord[], domain: string, values: Record<string, string>, given: Set<string>, problems: Localized[]) {
  const records: DesiredRecord[] = [];
  for (const template of templates.filter((t) => applies(t, values))) {
    if (template.type === 'SPFM') continue; // merged apart, into one TXT (spf-record.ts)
    const used = variablesIn(template);
    const absent = used.filter((name) => values[name] === undefined);
    if (absent.length === 0) {
      records.push(instantiate(template, domain, values));
    } else if (used.some((name) => given.has(name))) {
      // Only optional values the user typed count: a default (cname_target) alone asks for nothing.
      const typed = used.filter((name) => given.has(name));
      problems.push(localized({
        en: `{typed} needs {absent} too: give both or neither.`,
        fr: `{typed} demande aussi {absent} : indiquez les deux ou aucun.`,
      }, { typed: typed.join(', '), absent: absent.join(', ') }));
    }
  }
  return records;
}

/** The records one service needs in one zone, SPF fragments merged into one TXT per name. */
export function expandService(serviceId: string, domain: string, vars: Record<string, string>): ExpandResult {
  const service = findService(serviceId);
  if (!service && isDcServiceId(serviceId)) return { ok: false, problems: [notImported(serviceId)] };
  if (service?.expandTemplate) return service.expandTemplate(domain, vars);
  if (!service) {
    const ids = allServices().map((s) => s.id).join(', ');
    return { ok: false, problems: [localized({ en: `Unknown service "{serviceId}"; known services: {ids}.`, fr: `Service inconnu « {serviceId} » ; services connus : {ids}.` }, { serviceId, ids })] };
  }
  const zone = parseZoneName(domain);
  if (!zone.ok) return { ok: false, problems: [zone.problem] };
  const { values, problems } = readVariables(service, zone.name, vars);
  if (problems.length > 0) return { ok: false, problems };

  const templates = [...service.records, ...COMMON_RECORDS];
  const given = new Set(serviceVariables(service).filter((v) => !v.required && vars[v.name]?.trim()).map((v) => v.name));
  const plain = instantiateAll(templates, zone.name, values, given, problems);
  const spf = spfRecord(templates.filter((t) => applies(t, values)), zone.name, values);
  const records = spf ? [...plain, spf] : plain;
  for (const record of records) problems.push(...validateRecord(record));
  const alternatives = (service.alternatives ?? []).map((alt) => ({
    groupId: alt.groupId,
    note: alt.note,
    records: instantiateAll(alt.records, zone.name, values, given, problems) as DnsRecord[],
  }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, set: { domain: zone.name, serviceId, vars: values, records: sortForZone(records, zone.name), alternatives } };
}
