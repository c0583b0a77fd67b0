import type { Localized } from '../../i18n/lang.js';
import { parseRelativeHost, parseZoneName, type ZoneName } from '../../records/names/zone-name.js';
import { comparableKey } from '../../records/comparable.js';
import { validateRecord } from '../../records/validate.js';
import type { DesiredRecord, ExpandResult } from '../desired.js';
import { sortForZone } from '../sort-for-zone.js';
import { applyMessages as say } from './apply-messages.js';
import { dcServiceId } from './service-id.js';
import { applyRecord, type ApplyContext, type SpfFragment } from './template-records.js';
import type { DcTemplate } from './template-types.js';
import { resolveVariables, templateVariableNames } from './template-variables.js';

export interface ApplyOptions {
  /** The zone, as the user typed it. */
  domain: string;
  /** Spec `host`: the labels below the zone the template is applied to; '' or absent = the apex. */
  host?: string;
  vars: Readonly<Record<string, string>>;
  /** Spec `groupId` selection; empty or absent = every group. Records without a group always apply. */
  groups?: readonly string[];
}

/**
 * A Domain Connect template applied to a domain per the spec (Domain-Connect/spec v2.3,
 * "Template Record"): the records a zone needs, every SPF of a name merged into one TXT, TXT
 * conflict modes carried for the check and the plan (nothing existing is ever deleted).
 */
export function applyTemplate(template: DcTemplate, options: ApplyOptions): ExpandResult {
  const zone = parseZoneName(options.domain);
  if (!zone.ok) return { ok: false, problems: [zone.problem] };
  const problems: Localized[] = [];
  const host = readHost(options.host ?? '', zone.name, problems);
  if (template.hostRequired && host === '') problems.push(say.hostRequired());

  const groups = options.groups ?? [];
  const known = [...new Set(template.records.flatMap((r) => (r.groupId === undefined ? [] : [r.groupId])))];
  for (const group of groups.filter((g) => !known.includes(g))) problems.push(say.unknownGroup(group, known));
  const selected = template.records.filter((r) => groups.length === 0 || r.groupId === undefined || groups.includes(r.groupId));

  const { values, problems: variableProblems } = resolveVariables(templateVariableNames(template.records), templateVariableNames(selected), options.vars);
  problems.push(...variableProblems);
  if (problems.length > 0) return { ok: false, problems };

  const context: ApplyContext = { zone: zone.name, host, values, source: sourceOf(template) };
  const records: DesiredRecord[] = [];
  const fragments: SpfFragment[] = [];
  for (const record of selected) {
    const applied = applyRecord(record, context);
    if ('problems' in applied) problems.push(...applied.problems);
    else if ('spf' in applied) fragments.push(applied.spf);
    else records.push(applied.record);
  }
  records.push(...mergeFragments(fragments, context.source));
  problems.push(...aliasClashes(records));
  for (const record of records) problems.push(...validateRecord(record));
  if (problems.length > 0) return { ok: false, problems: [...new Map(problems.map((p) => [p.en, p])).values()] };
  return {
    ok: true,
    set: { domain: zone.name, serviceId: dcServiceId(template), vars: Object.fromEntries(values), records: sortForZone(distinct(records), zone.name), alternatives: [] },
  };
}

/** The same record written by several groups (alternatives that agree) is one record of the zone. */
function distinct(records: readonly DesiredRecord[]): DesiredRecord[] {
  return [...new Map(records.map((r) => [comparableKey(r), r] as const).reverse()).values()].reverse();
}

function sourceOf(template: DcTemplate): string {
  return `Domain Connect template ${template.providerId}/${template.serviceId}${template.version === undefined ? '' : ` v${template.version}`}`;
}

/** `shop`, `shop.example.com` or `shop.example.com.` → `shop`; '' or `@` → the apex. */
function readHost(text: string, zone: ZoneName, problems: Localized[]): string {
  const host = parseRelativeHost(text, zone);
  if (host.ok) return host.name;
  problems.push(say.badHost(host.problem));
  return '';
}

/**
 * Names where the template's own records cannot stand together: an alias beside any other record
 * (RFC 1034 §3.6.2; the reference implementation refuses these too). Groups often hold
 * alternatives (an A or a CNAME at www), so the sentence names them.
 */
function aliasClashes(records: readonly DesiredRecord[]): Localized[] {
  const aliased = [...new Set(records.filter((r) => r.type === 'CNAME').map((r) => r.name))];
  return aliased.flatMap((name) => {
    const here = records.filter((r) => r.name === name);
    const alias = here.find((r) => r.type === 'CNAME')!;
    const others = here.filter((r) => `${r.type} ${r.value}` !== `${alias.type} ${alias.value}`);
    if (others.length === 0) return [];
    const groups = [...new Set(here.flatMap((r) => (r.groupId === undefined ? [] : [r.groupId])))];
    return [say.aliasClash(name, [...new Set(others.map((r) => r.type))], groups)];
  });
}

/**
 * One SPF TXT per name (RFC 7208 §3.2): the rules of every fragment, once each, in template
 * order, then the first `all` a fragment states, else `~all` (what the reference implementation
 * writes). Non-essential, as the spec says of merged SPF records.
 */
function mergeFragments(fragments: SpfFragment[], source: string): DesiredRecord[] {
  const names = [...new Set(fragments.map((f) => f.name))];
  return names.map((name) => {
    const mine = fragments.filter((f) => f.name === name);
    const rules = [...new Set(mine.flatMap((f) => f.rules))];
    const all = mine.find((f) => f.all !== undefined)?.all ?? '~all';
    const groupId = mine.find((f) => f.groupId !== undefined)?.groupId;
    return {
      type: 'TXT',
      name,
      ttl: mine.find((f) => f.ttl !== undefined)?.ttl ?? 3600,
      value: ['v=spf1', ...rules, all].join(' '),
      source,
      essential: 'OnApply',
      spf: { rules, all },
      ...(groupId !== undefined && { groupId }),
    } satisfies DesiredRecord;
  });
}
