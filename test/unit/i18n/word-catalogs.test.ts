import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/lang.js';

/**
 * The EN/FR word catalogs (`src/**\/*-words.json`) are data a translator may edit: a JSON string
 * carries no literal type, so what the compiler checked when they were TypeScript literals
 * (every language names the same placeholders) is checked here, for every catalog at once.
 */
const CATALOGS = import.meta.glob<Record<string, unknown>>('../../../src/**/*-words.json', { eager: true, import: 'default' });

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();

/** Each form of a template: a string, or the plural forms a count chooses between. */
function forms(template: unknown): string[] {
  if (typeof template === 'string') return [template];
  if (typeof template === 'object' && template !== null && Object.keys(template).sort().join() === 'one,other') {
    return Object.values(template).filter((form): form is string => typeof form === 'string');
  }
  return [];
}

const messages = Object.entries(CATALOGS).flatMap(([file, catalog]) =>
  Object.entries(catalog).map(([key, message]) => [`${file.replace(/^.*\/src\//, '')} ${key}`, message] as const),
);

describe('word catalogs', () => {
  it('are found', () => {
    expect(Object.keys(CATALOGS).length).toBeGreaterThanOrEqual(10);
  });

  it.each(messages)('%s: every language, the same placeholders, plain spaces', (_, message) => {
    expect(Object.keys(message as object).sort()).toEqual([...LANGS].sort());
    const byLang = message as Record<string, unknown>;
    // `count` chooses a plural form: where one language has forms, a form may say it in words.
    const plural = LANGS.some((lang) => typeof byLang[lang] !== 'string');
    const names = LANGS.map((lang) => {
      const texts = forms(byLang[lang]);
      expect(texts.length, `${lang} is a string or { one, other }`).toBeGreaterThan(0);
      // French spacing is the toolkit's job (src/i18n/typography.ts), never typed by hand.
      for (const text of texts) expect(text).not.toMatch(/[\u00a0\u202f]/);
      return [...new Set(texts.flatMap(placeholders))].filter((name) => !plural || name !== 'count').sort();
    });
    for (const other of names.slice(1)) expect(other).toEqual(names[0]);
  });
});
