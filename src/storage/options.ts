import { DEFAULT_RESOLVERS } from '../dns/types.js';
import { UserError } from '../lib/user-error.js';
import { optionsProblems, type Options } from '../messages/options.js';
import { parseResolverUrl } from '../dns/resolver/url.js';
import type { StorageAreaLike } from './area.js';

export const DEFAULT_OPTIONS: Options = { resolvers: [...DEFAULT_RESOLVERS], defaultTtl: 3600, language: 'auto' };
const KEY = 'options';

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
