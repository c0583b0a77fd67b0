import { normalizeName } from '../records/normalize.js';
import type { DesiredRecord } from './desired.js';
import type { TemplateRecord } from './types.js';

const VARIABLE = /%([a-z0-9_]+)%/g;

/** The text fields of a template record that may hold %variables%. */
function textFields(template: TemplateRecord): string[] {
  switch (template.type) {
    case 'SRV':
      return [template.service, template.protocol, template.name, template.target];
    case 'TXT':
      return [template.host, template.data];
    case 'SPFM':
      return [template.host, template.spfRules];
    default:
      return [template.host, template.pointsTo];
  }
}

/** Names of the %variables% a template record uses, each once (read once per template: a fleet expands the same ones for every domain). */
export function variablesIn(template: TemplateRecord): readonly string[] {
  let names = variablesByTemplate.get(template);
  if (!names) {
    names = [...new Set(textFields(template).flatMap((text) => [...text.matchAll(VARIABLE)].map((m) => m[1]!)))];
    variablesByTemplate.set(template, names);
  }
  return names;
}

const variablesByTemplate = new WeakMap<TemplateRecord, readonly string[]>();

export function substitute(text: string, values: Record<string, string>): string {
  return text.replace(VARIABLE, (_, name: string) => values[name] ?? '');
}

/** Template host (relative, `@` = apex) → absolute owner name. */
export function ownerName(host: string, domain: string): string {
  return host === '@' || host === '' ? domain : normalizeName(host, domain);
}

/** One template record, variables substituted, names made absolute (Domain Connect: a final dot = absolute). */
export function instantiate(template: Exclude<TemplateRecord, { type: 'SPFM' }>, domain: string, values: Record<string, string>): DesiredRecord {
  const sub = (text: string) => substitute(text, values);
  const base = {
    ttl: template.ttl ?? 3600,
    source: template.source,
    ...(template.groupId && { groupId: template.groupId }),
    ...(template.essential && { essential: template.essential }),
    ...(template.note && { note: template.note }),
  };
  switch (template.type) {
    case 'SRV': {
      const below = sub(template.name);
      const owner = ownerName(`${sub(template.service)}.${sub(template.protocol)}${below === '@' ? '' : `.${below}`}`, domain);
      return { ...base, type: 'SRV', name: owner, value: normalizeName(sub(template.target), domain), priority: template.priority, weight: template.weight, port: template.port };
    }
    case 'TXT':
      return { ...base, type: 'TXT', name: ownerName(sub(template.host), domain), value: sub(template.data) };
    case 'MX':
      return { ...base, type: 'MX', name: ownerName(sub(template.host), domain), value: normalizeName(sub(template.pointsTo), domain), priority: template.priority };
    case 'CNAME':
      return { ...base, type: 'CNAME', name: ownerName(sub(template.host), domain), value: normalizeName(sub(template.pointsTo), domain) };
    default:
      return { ...base, type: template.type, name: ownerName(sub(template.host), domain), value: sub(template.pointsTo) };
  }
}
