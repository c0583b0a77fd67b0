import { langFromLocale, type Lang } from './lang.js';

export type WhenStyle = Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>;

/**
 * A moment as the user reads it, in the conventions of their region (`en-US` writes 3/12/26,
 * `en-GB` 12/03/2026): the runtime's locale when it speaks the UI's language, otherwise that
 * language's own. `locale` stands in for the runtime's in tests.
 */
export function formatWhen(lang: Lang, when: Date | number | string, style: WhenStyle, locale?: string): string {
  const region = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
  return new Intl.DateTimeFormat(langFromLocale(region) === lang ? region : lang, style).format(new Date(when));
}
