import type { Localized } from '../../i18n/lang.js';
import { DC_ID } from './service-id.js';
import { expectations, recordWhere, templateMessages as say, templateWhere, type Where } from './template-messages.js';
import { hasUnsafeCharacters, MAX_TEXT_LENGTH, variableTokens } from './template-text.js';
import type { DcRecord, DcTemplate } from './template-types.js';

export type TemplateResult = { ok: true; template: DcTemplate } | { ok: false; problems: Localized[] };

/** The largest official template is about 10 KB; a file far beyond is not one. */
export const MAX_TEMPLATE_BYTES = 65_536;
export const MAX_RECORDS = 200;
const MAX_REPORTED = 8;
const MAX_NUMBER = 2 ** 31 - 1;

/** Text fields of the template and their longest length (dc-template-linter's limits where it has them). */
const TEMPLATE_TEXT = {
  providerId: 64, providerName: 64, serviceId: 64, serviceName: 255, description: MAX_TEXT_LENGTH,
  variableDescription: MAX_TEXT_LENGTH, syncPubKeyDomain: 255, syncRedirectDomain: MAX_TEXT_LENGTH, logoUrl: 2048,
} as const;
const TEMPLATE_FLAGS = ['syncBlock', 'hostRequired', 'multiInstance', 'warnPhishing', 'shared', 'sharedProviderName'] as const;
const RECORD_TEXT = ['type', 'groupId', 'host', 'pointsTo', 'data', 'txtConflictMatchingPrefix', 'spfRules', 'name', 'service', 'protocol', 'target'] as const;
const RECORD_NUMBERS = ['ttl', 'priority', 'weight', 'port'] as const;

/** Fields each type needs (spec, "Template Record"); `ttl` is left to a default when absent. */
const REQUIRED: Record<string, readonly string[]> = {
  A: ['host', 'pointsTo'], AAAA: ['host', 'pointsTo'], CNAME: ['host', 'pointsTo'], NS: ['host', 'pointsTo'],
  MX: ['host', 'pointsTo', 'priority'], TXT: ['host', 'data'], SPFM: ['host', 'spfRules'],
  SRV: ['name', 'target', 'protocol', 'service', 'priority', 'weight', 'port'],
  // Its owner is always the apex: `host` may be left out (the reference implementation's reading).
  APEXCNAME: ['pointsTo'],
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A template file's text → the template, or every problem found (the first few, then a count). */
export function parseTemplate(text: string): TemplateResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEMPLATE_BYTES) return { ok: false, problems: [say.tooLarge(bytes, MAX_TEMPLATE_BYTES)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [say.notJson()] };
  }
  return readTemplate(value);
}

/** An already-decoded value (storage) → the template, checked as strictly as a file. */
export function readTemplate(value: unknown): TemplateResult {
  const problems: Localized[] = [];
  const where = templateWhere();
  if (!isObject(value)) return { ok: false, problems: [say.notObject(where)] };
  const template: Record<string, unknown> = {};
  // Only records' fields are substituted (spec "Variables"): a logo URL's %20 or a description's
  // "100%" is plain text there.
  for (const [field, max] of Object.entries(TEMPLATE_TEXT)) readText(value, field, max, where, template, problems, false);
  for (const field of TEMPLATE_FLAGS) readFlag(value, field, where, template, problems);
  if (value.version !== undefined) {
    if (Number.isSafeInteger(value.version)) template.version = value.version;
    else problems.push(say.wrongKind(where, 'version', expectations.number));
  }
  for (const field of ['providerId', 'providerName', 'serviceId', 'serviceName']) {
    if (value[field] === undefined) problems.push(say.missing(where, field));
  }
  for (const field of ['providerId', 'serviceId']) {
    const id = template[field];
    if (typeof id === 'string' && !DC_ID.test(id)) problems.push(say.badId(field, id));
  }
  template.records = readRecords(value.records, problems);
  if (problems.length > 0) return { ok: false, problems: capped(problems) };
  return { ok: true, template: template as unknown as DcTemplate };
}

function readRecords(value: unknown, problems: Localized[]): DcRecord[] {
  if (value === undefined) return (problems.push(say.missing(templateWhere(), 'records')), []);
  if (!Array.isArray(value)) return (problems.push(say.wrongKind(templateWhere(), 'records', expectations.list)), []);
  if (value.length === 0) return (problems.push(say.noRecords()), []);
  if (value.length > MAX_RECORDS) return (problems.push(say.tooManyRecords(MAX_RECORDS)), []);
  return value.map((item, index) => readRecord(item, index, problems));
}

function readRecord(value: unknown, index: number, problems: Localized[]): DcRecord {
  const where = recordWhere(index, isObject(value) ? value.type : undefined);
  if (!isObject(value)) return (problems.push(say.notObject(where)), { type: '' });
  const record: Record<string, unknown> = {};
  for (const field of RECORD_TEXT) readText(value, field, MAX_TEXT_LENGTH, where, record, problems);
  for (const field of RECORD_NUMBERS) readNumber(value, field, where, record, problems);
  readEssential(value, where, record, problems);
  readChoice(value, 'txtConflictMatchingMode', ['None', 'All', 'Prefix'], expectations.conflictMode, where, record, problems);
  if (typeof record.type !== 'string') return (problems.push(say.missing(where, 'type')), { type: '' });
  record.type = record.type.toUpperCase();
  // A field given with a bad value was reported above; only absent ones are "missing".
  for (const field of REQUIRED[record.type as string] ?? ['host']) {
    if (value[field] === undefined) problems.push(say.missing(where, field));
  }
  if (record.txtConflictMatchingMode === 'Prefix' && !record.txtConflictMatchingPrefix) problems.push(say.prefixMissing(where));
  return record as unknown as DcRecord;
}

function readText(from: Record<string, unknown>, field: string, max: number, where: Where, to: Record<string, unknown>, problems: Localized[], variables = true): void {
  const value = from[field];
  if (value === undefined) return;
  if (typeof value !== 'string') return void problems.push(say.wrongKind(where, field, expectations.text));
  if (value.length > max) return void problems.push(say.tooLong(where, field, max));
  if (hasUnsafeCharacters(value)) return void problems.push(say.unsafe(where, field));
  if (variables && variableTokens(value) === undefined) return void problems.push(say.badVariable(where, field));
  to[field] = value;
}

function readFlag(from: Record<string, unknown>, field: string, where: Where, to: Record<string, unknown>, problems: Localized[]): void {
  const value = from[field];
  if (value === undefined) return;
  if (typeof value === 'boolean') to[field] = value;
  else problems.push(say.wrongKind(where, field, expectations.flag));
}

/** Spec: "Int or string representation of Int", or a string holding exactly one variable. */
function readNumber(from: Record<string, unknown>, field: string, where: Where, to: Record<string, unknown>, problems: Localized[]): void {
  const value = from[field];
  if (value === undefined) return;
  const ok =
    (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER) ||
    (typeof value === 'string' && (/^\d{1,10}$/.test(value) ? Number(value) <= MAX_NUMBER : /^%[A-Za-z0-9_-]{1,64}%$/.test(value)));
  if (ok) to[field] = value;
  else problems.push(say.wrongKind(where, field, expectations.number));
}

/**
 * Spec: Always or OnApply, and ignored by a DNS provider that keeps no template state (this
 * tool keeps none); the repository's schema allows any text, so another word is left out, not refused.
 */
function readEssential(from: Record<string, unknown>, where: Where, to: Record<string, unknown>, problems: Localized[]): void {
  const value = from.essential;
  if (value === 'Always' || value === 'OnApply') to.essential = value;
  else if (value !== undefined && typeof value !== 'string') problems.push(say.wrongKind(where, 'essential', expectations.essential));
}

function readChoice(from: Record<string, unknown>, field: string, allowed: readonly string[], expected: Localized, where: Where, to: Record<string, unknown>, problems: Localized[]): void {
  const value = from[field];
  if (value === undefined) return;
  if (typeof value === 'string' && allowed.includes(value)) to[field] = value;
  else problems.push(say.wrongKind(where, field, expected));
}

function capped(problems: Localized[]): Localized[] {
  if (problems.length <= MAX_REPORTED) return problems;
  return [...problems.slice(0, MAX_REPORTED), say.more(problems.length - MAX_REPORTED)];
}
