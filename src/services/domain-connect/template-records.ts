import type { Localized } from '../../i18n/lang.js';
import { isSpf } from '../../records/spf/parse.js';
import { parseSpfTerm } from '../../records/spf/term.js';
import { normalizeName } from '../../records/normalize.js';
import type { DesiredRecord } from '../desired.js';
import { applyMessages as say } from './apply-messages.js';
import { substituteVariables } from './template-text.js';
import type { DcNumber, DcRecord } from './template-types.js';

/** Where a template is applied: the zone, the `host` below it ('' = the apex) and the variables' values. */
export interface ApplyContext {
  zone: string;
  host: string;
  values: ReadonlyMap<string, string>;
  /** Put on every record: where it came from. */
  source: string;
}

/** An SPF rule set for one name, merged with the others of that name into one TXT (apply-template.ts). */
export interface SpfFragment {
  name: string;
  rules: string[];
  all: string | undefined;
  ttl: number | undefined;
  groupId: string | undefined;
}

export type Applied = { record: DesiredRecord } | { spf: SpfFragment } | { problems: Localized[] };

const DEFAULT_TTL = 3600;
const ALL_TERM = /^[+~?-]?all$/i;

/** `[host.]domain`: what `@`, `%fqdn%` and an empty host stand for. */
export function fqdnOf(context: ApplyContext): string {
  return context.host === '' ? context.zone : `${context.host}.${context.zone}`;
}

function substitute(text: string, context: ApplyContext): string {
  const builtIn: Record<string, string> = { host: context.host, domain: context.zone, fqdn: fqdnOf(context) };
  return substituteVariables(text, (name) => builtIn[name] ?? context.values.get(name) ?? '').trim();
}

/** Spec, "Host/Name in Template": relative to `[host.]domain` unless it ends in a dot; `@`/empty is that name. */
function ownerName(text: string, context: ApplyContext, problems: Localized[]): string {
  const value = substitute(text, context);
  if (value === '' || value === '@') return fqdnOf(context);
  if (!value.endsWith('.')) return normalizeName(value, fqdnOf(context));
  const name = normalizeName(value);
  if (name !== context.zone && !name.endsWith(`.${context.zone}`)) problems.push(say.outsideZone(name, context.zone));
  return name;
}

/** Spec, "PointsTo in Template": always absolute; `@` (or empty) is `[host.]domain`. */
function targetName(text: string, context: ApplyContext): string {
  const value = substitute(text, context);
  if (value === '' || value === '@') return fqdnOf(context);
  return normalizeName(value.endsWith('.') ? value : `${value}.`);
}

function numberOf(field: string, value: DcNumber | undefined, fallback: number, context: ApplyContext, problems: Localized[]): number {
  if (value === undefined) return fallback;
  const text = typeof value === 'number' ? String(value) : substitute(value, context);
  if (/^\d{1,10}$/.test(text)) return Number(text);
  problems.push(say.badNumber(field, text));
  return fallback;
}

/**
 * `v=spf1 include:x -all` or an SPFM's `include:x` → its rules and its `all`, if it has one; or
 * why they cannot be merged into the name's one SPF policy: a term receivers reject (a variable's
 * value is the usual cause), or a modifier (redirect=, exp=) that would take over the whole policy.
 */
function spfFragment(name: string, text: string, ttl: number | undefined, groupId: string | undefined): Applied {
  const terms = text.split(/\s+/).filter((term) => term !== '' && term.toLowerCase() !== 'v=spf1');
  const problems = terms.flatMap((raw): Localized[] => {
    const { term, problems: termProblems } = parseSpfTerm(raw);
    if (termProblems[0]) return [say.badSpfRule(raw, termProblems[0])];
    return term.kind === 'modifier' ? [say.spfModifier(raw)] : [];
  });
  if (problems.length > 0) return { problems };
  return { spf: { name, rules: terms.filter((t) => !ALL_TERM.test(t)), all: terms.find((t) => ALL_TERM.test(t))?.toLowerCase(), ttl, groupId } };
}

/** One template record applied: a record, an SPF fragment, or why it cannot be written. */
export function applyRecord(template: DcRecord, context: ApplyContext): Applied {
  const problems: Localized[] = [];
  const ttl = numberOf('ttl', template.ttl, DEFAULT_TTL, context, problems);
  const base = {
    ttl,
    source: context.source,
    ...(template.groupId !== undefined && { groupId: template.groupId }),
    ...(template.essential !== undefined && { essential: template.essential }),
  };
  const done = (record: DesiredRecord): Applied => (problems.length > 0 ? { problems } : { record });
  switch (template.type) {
    case 'A':
    case 'AAAA':
      return done({ ...base, type: template.type, name: ownerName(template.host ?? '', context, problems), value: substitute(template.pointsTo ?? '', context) });
    case 'CNAME': {
      const name = ownerName(template.host ?? '', context, problems);
      // Spec, "Record Types and Conflicts": CNAME records cannot be at the root of the zone (its SOA and NS are there).
      if (name === context.zone) problems.push(say.aliasAtApex(context.zone));
      return done({ ...base, type: 'CNAME', name, value: targetName(template.pointsTo ?? '', context) });
    }
    case 'MX': {
      const priority = numberOf('priority', template.priority, 0, context, problems);
      return done({ ...base, type: 'MX', name: ownerName(template.host ?? '', context, problems), value: targetName(template.pointsTo ?? '', context), priority });
    }
    case 'SPFM': {
      const name = ownerName(template.host ?? '', context, problems);
      return problems.length > 0 ? { problems } : spfFragment(name, substitute(template.spfRules ?? '', context), template.ttl === undefined ? undefined : ttl, template.groupId);
    }
    case 'TXT':
      return applyTxt(template, context, base, problems);
    case 'SRV':
      return applySrv(template, context, base, problems);
    default:
      return { problems: [say.unsupportedType(template.type, template.groupId)] };
  }
}

/**
 * TXT; a raw `v=spf1` TXT (linter DCTL1014) is merged like an SPFM, since one name takes one SPF
 * policy, unless its conflict mode takes over every SPF of the name (All, or a Prefix such as
 * `v=spf1`): then it replaces the policy (`v=spf1 -all`, `v=spf1 redirect=…`) and is kept whole,
 * the existing SPF shown as its conflict.
 */
function applyTxt(template: DcRecord, context: ApplyContext, base: Omit<DesiredRecord, 'type' | 'name' | 'value'>, problems: Localized[]): Applied {
  const name = ownerName(template.host ?? '', context, problems);
  const substituted = substitute(template.data ?? '', context);
  const data = substituted === '' || substituted === '@' ? fqdnOf(context) : substituted;
  if (problems.length > 0) return { problems };
  const mode = template.txtConflictMatchingMode;
  const replacesSpf = mode === 'All' || (mode === 'Prefix' && 'v=spf1'.startsWith((template.txtConflictMatchingPrefix ?? '').toLowerCase()));
  if (isSpf(data) && !replacesSpf) return spfFragment(name, data, base.ttl, template.groupId);
  const txtConflict = mode === 'All' ? { mode } : mode === 'Prefix' ? { mode, prefix: template.txtConflictMatchingPrefix ?? '' } : undefined;
  return { record: { ...base, type: 'TXT', name, value: data, ...(txtConflict && { txtConflict }) } };
}

/** SRV: the owner is `<service>.<protocol>.<name>`, the name relative like any host. */
function applySrv(template: DcRecord, context: ApplyContext, base: Omit<DesiredRecord, 'type' | 'name' | 'value'>, problems: Localized[]): Applied {
  const underscore = (text: string) => (text.startsWith('_') ? text : `_${text}`);
  const service = underscore(substitute(template.service ?? '', context));
  const protocol = underscore(substitute(template.protocol ?? '', context).toLowerCase());
  if (!['_tcp', '_udp', '_tls'].includes(protocol)) problems.push(say.badProtocol(protocol));
  const below = ownerName(template.name ?? '', context, problems);
  const record: DesiredRecord = {
    ...base,
    type: 'SRV',
    name: normalizeName(`${service}.${protocol}.${below}.`),
    value: targetName(template.target ?? '', context),
    priority: numberOf('priority', template.priority, 0, context, problems),
    weight: numberOf('weight', template.weight, 0, context, problems),
    port: numberOf('port', template.port, 0, context, problems),
  };
  return problems.length > 0 ? { problems } : { record };
}
