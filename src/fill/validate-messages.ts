import { hasOnlyKeys, isPlainObject, isShortString } from '../lib/guards.js';
import { isRecordType } from '../records/types.js';

/**
 * Checks of the fill messages' payloads (nothing crossing a messaging boundary is trusted);
 * each returns its problems, empty when the value is well formed. Used by src/messages/validate.ts.
 */
const isBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';
const isLocalized = (value: unknown) => isPlainObject(value) && hasOnlyKeys(value, ['en', 'fr']) && isShortString(value.en, 4000) && isShortString(value.fr, 4000);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000;

export function planOptionsProblems(value: unknown): string[] {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['replaceSpf'])) return ['options must be {replaceSpf?}'];
  return isBoolean(value.replaceSpf) ? [] : ['replaceSpf must be true or false'];
}

export function runOptionsProblems(value: unknown): string[] {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['replaceSpf', 'only', 'pressSubmit'])) return ['options must be {replaceSpf?, only?, pressSubmit?}'];
  const problems: string[] = [];
  if (!isBoolean(value.replaceSpf) || !isBoolean(value.pressSubmit)) problems.push('replaceSpf and pressSubmit must be true or false');
  if (value.only !== undefined && !(Array.isArray(value.only) && value.only.length <= 200 && value.only.every((key) => isShortString(key, 2000)))) {
    problems.push('only must list record keys');
  }
  return problems;
}

function isRecordLike(value: unknown): boolean {
  return isPlainObject(value) && typeof value.type === 'string' && isRecordType(value.type) && isShortString(value.name, 300) && isShortString(value.value, 4000);
}

export function progressProblems(value: unknown): string[] {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['phase', 'index', 'total', 'record', 'message'])) return ['progress expected'];
  const phases = ['filling', 'awaiting-save', 'saved', 'done', 'stopped'];
  const ok =
    phases.includes(value.phase as string) &&
    isCount(value.index) &&
    isCount(value.total) &&
    (value.record === undefined || isRecordLike(value.record)) &&
    isLocalized(value.message);
  return ok ? [] : ['progress has a bad phase, count, record or message'];
}
