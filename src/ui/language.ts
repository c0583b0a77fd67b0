import { langFromLocale, type Lang } from '../i18n/lang.js';
import type { Options } from '../messages/options.js';

/** The UI language: the explicit option, else the browser's first supported language, else English. */
export function uiLanguage(choice: Options['language'], browserLanguages: readonly string[]): Lang {
  if (choice !== 'auto') return choice;
  for (const locale of browserLanguages) {
    const lang = langFromLocale(locale);
    if (lang) return lang;
  }
  return 'en';
}
