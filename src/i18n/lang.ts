export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A sentence in every language the product speaks: data files hold both side by side. */
export type Localized = Record<Lang, string>;

export function isLang(text: unknown): text is Lang {
  return typeof text === 'string' && (LANGS as readonly string[]).includes(text);
}

/** `fr_FR.UTF-8`, `fr-CA`, `en` → a supported language, else undefined. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return isLang(code) ? code : undefined;
}

/** The UI language: the user's explicit choice, else the browser's first supported language, else English. */
export function uiLanguage(choice: 'auto' | Lang, browserLanguages: readonly string[]): Lang {
  if (choice !== 'auto') return choice;
  for (const locale of browserLanguages) {
    const lang = langFromLocale(locale);
    if (lang) return lang;
  }
  return 'en';
}
