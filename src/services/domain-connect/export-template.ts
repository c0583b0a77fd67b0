import { COMMON_RECORDS, COMMON_VARIABLES } from '../common-records.js';
import type { ServiceTemplate, TemplateRecord } from '../types.js';
import type { DcRecord, DcTemplate } from './template-types.js';

export interface ExportOptions {
  /** Default: the vendor's domain (`ovhcloud.com`, `microsoft.com`). */
  providerId?: string;
}

/** Where our catalog writes a name relative to the zone (no final dot), Domain Connect wants it absolute. */
const IN_ZONE = '%fqdn%';

/**
 * One of our services as a Domain Connect template its provider could submit to the Templates
 * repository: the repository's rules (README "Template Quality Guidelines") are followed — SPF
 * only as SPFM, DMARC with a conflict mode and `essential: OnApply`, `syncPubKeyDomain` set — and
 * only the spec's fields are written (the linter refuses unknown ones).
 *
 * What the spec cannot say is turned into groups: records that apply to one region (`when`) get
 * the group `<group>-<region>`, and records with optional variables keep their own group, to
 * be applied only when the values are known. `syncPubKeyDomain` defaults to the providerId: the
 * provider publishes its signing key there (README "Domain Connect").
 */
export function exportTemplate(service: ServiceTemplate, options: ExportOptions = {}): DcTemplate {
  const providerId = options.providerId ?? service.providerDomain;
  const templates = [...service.records, ...COMMON_RECORDS];
  const variables = [...service.variables, ...COMMON_VARIABLES].filter((v) => !isGroupChoice(v.name, templates));
  const regions = [...new Set(templates.flatMap((t) => Object.values(t.when ?? {}).flat()))];
  const described = variables.map((v) => `${v.name}: ${v.description.en}`);
  if (regions.length > 0) described.push(`Apply the groups ending in -${regions.join(' or -')} for the region the service was ordered in.`);
  return {
    providerId,
    providerName: service.provider,
    serviceId: service.id,
    serviceName: service.name,
    version: 1,
    description: service.description.en,
    variableDescription: described.join(' '),
    syncPubKeyDomain: providerId,
    records: templates.map(exportRecord),
  };
}

/** A variable that only selects records (`region`) becomes a choice of groups, not a template variable. */
function isGroupChoice(name: string, templates: TemplateRecord[]): boolean {
  return templates.some((t) => t.when?.[name] !== undefined);
}

function groupOf(template: TemplateRecord): string | undefined {
  const suffix = Object.values(template.when ?? {}).flat().join('-');
  if (template.groupId === undefined) return suffix || undefined;
  return suffix ? `${template.groupId}-${suffix}` : template.groupId;
}

/** `mx0.mail.ovh.net.` → `mx0.mail.ovh.net`; `%server_name%` (inside the zone) → `%server_name%.%fqdn%`. */
function absolute(target: string): string {
  return target.endsWith('.') ? target.slice(0, -1) : `${target}.${IN_ZONE}`;
}

function exportRecord(template: TemplateRecord): DcRecord {
  const groupId = groupOf(template);
  const common = { ...(groupId !== undefined && { groupId }), ...(template.essential !== undefined && { essential: template.essential }) };
  const ttl = template.ttl ?? 3600;
  switch (template.type) {
    case 'SPFM':
      return { type: 'SPFM', ...common, host: template.host, spfRules: template.spfRules };
    case 'TXT':
      if (template.host === '_dmarc') {
        // One DMARC policy per name (RFC 7489 §6.6.3): a new one replaces the old, and the user may change it.
        return { type: 'TXT', ...common, essential: 'OnApply', host: template.host, data: template.data, ttl, txtConflictMatchingMode: 'Prefix', txtConflictMatchingPrefix: 'v=DMARC1' };
      }
      return { type: 'TXT', ...common, host: template.host, data: template.data, ttl };
    case 'SRV':
      return {
        type: 'SRV', ...common, service: template.service, protocol: template.protocol, name: template.name,
        priority: template.priority, weight: template.weight, port: template.port, target: absolute(template.target), ttl,
      };
    case 'MX':
      return { type: 'MX', ...common, host: template.host, pointsTo: absolute(template.pointsTo), priority: template.priority, ttl };
    case 'CNAME':
      return { type: 'CNAME', ...common, host: template.host, pointsTo: absolute(template.pointsTo), ttl };
    default:
      return { type: template.type, ...common, host: template.host, pointsTo: template.pointsTo, ttl };
  }
}
