import { DEFAULT_RESOLVERS } from '../dns/types.js';
import { localized } from '../i18n/format.js';
import { isLang, type Localized } from '../i18n/lang.js';
import type { Options } from '../messages/types.js';
import { isPlainObject } from '../messages/guards.js';
import { parseResolverUrl } from '../dns/resolver-url.js';
import type { StorageAreaLike } from './area.js';
import { UserError } from '../messages/user-error.js';

export const DEFAULT_OPTIONS: Options = { resolvers: [...DEFAULT_RESOLVERS], defaultTtl: 3600, language: 'auto' };
export const MIN_TTL = 60;
export const MAX_TTL = 86_400;
export const MAX_RESOLVERS = 8;
const KEY = 'options';

/** Every problem with a proposed set of options (empty when they can be saved). */
export function optionsProblems(value: unknown): Localized[] {
  if (!isPlainObject(value)) return [localized({ en: 'The options are not an object.', fr: 'Les options ne sont pas un objet.' })];
  const problems: Localized[] = [];
  const { resolvers, defaultTtl, language } = value;
  if (!Array.isArray(resolvers) || resolvers.length === 0 || resolvers.length > MAX_RESOLVERS) {
    problems.push(localized({
      en: `Keep between 1 and {max} resolvers.`,
      fr: `Gardez entre 1 et {max} résolveurs.`,
    }, { max: MAX_RESOLVERS }));
  } else {
    for (const url of resolvers) {
      // https only (the default): the extension never sends a check in clear, see ResolverUrlOptions.
      const parsed = typeof url === 'string' ? parseResolverUrl(url) : undefined;
      if (!parsed) problems.push(localized({ en: 'A resolver is not text.', fr: 'Un résolveur n’est pas du texte.' }));
      else if (!parsed.ok) problems.push(parsed.problem);
    }
  }
  if (!Number.isInteger(defaultTtl) || (defaultTtl as number) < MIN_TTL || (defaultTtl as number) > MAX_TTL) {
    problems.push(localized({
      en: `The default TTL must be a whole number of seconds from {min} to {max}.`,
      fr: `Le TTL par défaut doit être un nombre entier de secondes entre {min} et {max}.`,
    }, { min: String(MIN_TTL), max: MAX_TTL }));
  }
  if (language !== 'auto' && !isLang(language)) {
    problems.push(localized({ en: 'Choose the language: automatic, English or French.', fr: 'Choisissez la langue : automatique, anglais ou français.' }));
  }
  return problems;
}

/** The saved options; anything unreadable falls back to the defaults (a bad sync must not break checks). */
export async function loadOptions(area: StorageAreaLike): Promise<Options> {
  const stored = (await area.get(KEY))[KEY];
  if (optionsProblems(stored).length > 0) return structuredClone(DEFAULT_OPTIONS);
  const { resolvers, defaultTtl, language } = stored as Options;
  return { resolvers: resolvers.map((url) => (parseResolverUrl(url) as { url: string }).url), defaultTtl, language };
}

export async function saveOptions(area: StorageAreaLike, options: Options): Promise<Options> {
  const problems = optionsProblems(options);
  if (problems.length > 0) throw new UserError(problems);
  const clean: Options = {
    resolvers: [...new Set(options.resolvers.map((url) => (parseResolverUrl(url) as { url: string }).url))],
    defaultTtl: options.defaultTtl,
    language: options.language,
  };
  await area.set({ [KEY]: clean });
  return clean;
}
