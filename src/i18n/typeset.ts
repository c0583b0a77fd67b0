import { localized } from './format.js';
import { LANGS, type Localized } from './lang.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isTemplate = (value: Record<string, unknown>): value is Localized =>
  Object.keys(value).length === LANGS.length && LANGS.every((lang) => typeof value[lang] === 'string');

/**
 * Data as the user reads it: every `{ en, fr }` pair inside (a guide's steps, a service's
 * descriptions, a site's labels) rendered by format(), so the data files are written with plain
 * spaces and every reader gets final text. Placeholders stay for whoever fills them later.
 * Arrays and plain objects are copied; anything else (a RegExp, a function) is kept as it is.
 */
/* @__NO_SIDE_EFFECTS__ */
export function typeset<T>(data: T): T {
  if (Array.isArray(data)) return data.map(typeset) as T;
  if (!isPlainObject(data)) return data;
  if (isTemplate(data)) return localized(data as Localized) as T;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeset(value)])) as T;
}
