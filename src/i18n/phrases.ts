import { format, localized } from './format.js';
import type { Lang, Localized } from './lang.js';

/** Small pieces built on format(): the label separator, a quoted value, a list. */

/** The separator of « label : value » (French puts a no-break space before the colon). */
export function colon(lang: Lang): string {
  return format(lang, { en: ': ', fr: ' : ' });
}

/** A value quoted inside a sentence of ours: "value" in English, « value » in French. */
export function quoted(value: string): Localized {
  return localized({ en: '"{value}"', fr: '« {value} »' }, { value });
}

/** Values or sentences of ours one after the other, in every language (a list of quoted values). */
export function joined(parts: readonly (string | Localized)[], separator: string | Localized = ', '): Localized {
  const inLang = (part: string | Localized, lang: Lang) => (typeof part === 'string' ? part : part[lang]);
  const list = (lang: Lang) => parts.map((part) => inLang(part, lang)).join(inLang(separator, lang));
  return { en: list('en'), fr: list('fr') };
}
