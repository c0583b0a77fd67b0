import { parseResolverUrl } from '../dns/resolver/url.js';
import { localized } from '../i18n/format.js';
import { isLang, type Lang, type Localized } from '../i18n/lang.js';
import { isPlainObject } from '../lib/guards.js';

/** User settings, kept in storage.sync (no secrets: setups with tokens and IPs stay local). */
export interface Options {
  /** RFC 8484 endpoints, queried in parallel. */
  resolvers: string[];
  /** TTL written in zone exports for records the service leaves to the zone's default. */
  defaultTtl: number;
  /** `auto` follows the browser. */
  language: 'auto' | Lang;
}

export const MIN_TTL = 60;
export const MAX_TTL = 86_400;
export const MAX_RESOLVERS = 8;

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
