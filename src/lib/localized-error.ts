import type { Localized } from '../i18n/lang.js';
import { localized } from '../i18n/format.js';

/**
 * An error whose sentence is meant for people, in every language. `message` is the English
 * sentence, so logs, `{error}` fields of the CLI's JSON and code that only knows Error read
 * exactly what they read before; user text takes `text[lang]`.
 */
export class LocalizedError extends Error {
  constructor(
    readonly text: Localized,
    options?: ErrorOptions,
  ) {
    super(text.en, options);
  }
}

/**
 * Any thrown value as a sentence in every language. An error that is not a LocalizedError is a
 * bug or a library's own words: its text is kept as is (English), introduced in French as such.
 */
export function errorText(error: unknown): Localized {
  if (error instanceof LocalizedError) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  return localized({ en: '{message}', fr: 'erreur inattendue (en anglais) : {message}' }, { message });
}
