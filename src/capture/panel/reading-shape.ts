import { hasOnlyKeys, isPlainObject, isShortString } from '../../lib/guards.js';
import { DKIM_STATES, isCaptureSource } from '../types.js';

const isDkimState = (value: unknown): boolean => (DKIM_STATES as readonly unknown[]).includes(value);

/**
 * Checks a panel reading as it arrives from the content script (the `panel-reading` message):
 * plain data of the PanelReading shape, every string bounded. The values themselves are
 * validated afterwards by the catalog's variable readers (capturesFromPanel → buildCapture),
 * exactly as when the content script built the captures itself. Returns what is wrong ([] = fine).
 */
const NAME = 253;
const VALUE = 1024;
const MAX_ROWS = 500;

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535;
const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isName = (value: unknown): boolean => isShortString(value, NAME);

function isSourced(value: unknown): boolean {
  return isPlainObject(value) && hasOnlyKeys(value, ['value', 'source']) && isShortString(value.value, VALUE) && isCaptureSource(value.source);
}

function isDomainRow(value: unknown): boolean {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['domain', 'badges', 'needsAction', 'dkim'])) return false;
  if (!optional(value.dkim, isDkimState)) return false;
  const badges = value.badges;
  return (
    isName(value.domain) &&
    typeof value.needsAction === 'boolean' &&
    isPlainObject(badges) &&
    Object.entries(badges).every(([name, state]) => /^[A-Z]{2,6}$/.test(name) && (state === 'ok' || state === 'action'))
  );
}

function isCname(value: unknown): boolean {
  return isPlainObject(value) && hasOnlyKeys(value, ['domain', 'token', 'target']) && isName(value.domain) && isShortString(value.token, VALUE) && isName(value.target);
}

function isSrv(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['domain', 'priority', 'weight', 'port', 'target']) &&
    optional(value.domain, isName) &&
    isCount(value.priority) &&
    isCount(value.weight) &&
    isCount(value.port) &&
    isName(value.target)
  );
}

function isDkim(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['domain', 'selector', 'target', 'state']) &&
    optional(value.domain, isName) &&
    isName(value.selector) &&
    isName(value.target) &&
    optional(value.state, isDkimState)
  );
}

function isPrivateServer(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['name', 'ipv4', 'ipv6']) &&
    isName(value.name) &&
    optional(value.ipv4, (ip) => isShortString(ip, 15)) &&
    optional(value.ipv6, (ip) => isShortString(ip, 39))
  );
}

const isRowList = (value: unknown, check: (row: unknown) => boolean): boolean => Array.isArray(value) && value.length <= MAX_ROWS && value.every(check);

export function panelReadingProblems(value: unknown): string[] {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['service', 'server', 'domains', 'region', 'cname', 'srv', 'dkim', 'privateServer'])) return ['panel reading expected'];
  const problems: string[] = [];
  if (!optional(value.service, (service) => isShortString(service, 64))) problems.push('service must be a short id');
  if (!optional(value.server, isSourced)) problems.push('server must be a value with its source');
  if (!isRowList(value.domains, isDomainRow)) problems.push('domains must be rows of domain, badges and needsAction');
  if (!optional(value.region, (region) => isShortString(region, 16))) problems.push('region must be a short string');
  if (!optional(value.cname, isCname)) problems.push('cname must hold domain, token and target');
  if (!optional(value.srv, isSrv)) problems.push('srv must hold priority, weight, port and target');
  if (!isRowList(value.dkim, isDkim)) problems.push('dkim must be rows of selector and target');
  if (!optional(value.privateServer, isPrivateServer)) problems.push('privateServer must hold a name and addresses');
  return problems;
}

/** The route's hints that travel with a reading (which offer, which domain's sub-page). */
export function readingContextProblems(value: unknown): string[] {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['serviceHint', 'routeDomain'])) return ['context expected'];
  return optional(value.serviceHint, (hint) => isShortString(hint, 64)) && optional(value.routeDomain, isName) ? [] : ['context holds a short serviceHint and routeDomain'];
}
