import { parseResolverUrl } from '../dns/resolver/url.js';
import { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS } from '../dns/types.js';
import { isLang, langFromLocale, type Lang } from '../i18n/lang.js';
import { firstHiddenCharacter } from '../lib/visible-text.js';
import { cliMessages } from './cli-messages.js';
import { UsageError } from './usage-error.js';

/** `--format`, checked against the formats the command offers; the first one is the default. */
export function readFormat<F extends string>(given: readonly string[], allowed: readonly F[]): F {
  const value = given[0];
  if (value === undefined) return allowed[0] as F;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(cliMessages.badFormat(value, allowed));
  return value as F;
}

/**
 * The language before anything else is parsed, so that even an error about the arguments is
 * said in it: a valid `--lang` wins, then LANG, then English. An invalid `--lang` is reported later.
 */
export function languageOf(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? args[i + 1] : undefined;
    if (isLang(value)) return value;
  }
  return langFromLocale(env.LANG) ?? 'en';
}

export function checkLang(given: readonly string[]): void {
  const value = given[0];
  if (value !== undefined && !isLang(value)) throw new UsageError(cliMessages.badLang(value));
}

/**
 * `--var name=value`, repeatable; the value may itself contain `=` (e.g. a DMARC policy). Names
 * may hold `-` as Domain Connect templates' variables do (`%fwd-key%`).
 */
export function readVars(given: readonly string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const text of given) {
    const variable = splitVariable(text);
    if (variable === undefined) throw new UsageError(cliMessages.badVar(text));
    if (Object.hasOwn(vars, variable.name)) throw new UsageError(cliMessages.repeatedVar(variable.name));
    // No record value holds one, and it would hide in every table, report and code made from it.
    const hidden = firstHiddenCharacter(variable.value);
    if (hidden !== undefined) throw new UsageError(cliMessages.hiddenCharacterInVar(variable.name, hidden));
    vars[variable.name] = variable.value;
  }
  return vars;
}

/** `name=value` split at its first `=`, or undefined when the name is not a variable name. */
export function splitVariable(text: string): { name: string; value: string } | undefined {
  const equals = text.indexOf('=');
  const name = equals > 0 ? text.slice(0, equals).trim() : '';
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name) ? { name, value: text.slice(equals + 1) } : undefined;
}

const MAX_MILLISECONDS = 600_000;

/** `--timeout` (each query) or `--deadline` (the whole check): whole milliseconds, the default when not given. */
export function readMilliseconds(given: readonly string[], option: '--timeout' | '--deadline'): number {
  const fallback = option === '--timeout' ? DEFAULT_TIMEOUT_MS : DEFAULT_DEADLINE_MS;
  const value = given[0];
  if (value === undefined) return fallback;
  const ms = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(ms >= 1 && ms <= MAX_MILLISECONDS)) throw new UsageError(cliMessages.badMilliseconds(option, value, fallback));
  return ms;
}

/**
 * RFC 8484 endpoints, canonical and without repeats; plain http is allowed for a DoH front end
 * on the local network or loopback (see ResolverUrlOptions).
 */
export function readResolvers(given: readonly string[], defaults: readonly string[]): string[] {
  if (given.length === 0) return [...defaults];
  const urls = given.map((value) => {
    const parsed = parseResolverUrl(value, { allowHttp: true });
    if (!parsed.ok) throw new UsageError(cliMessages.badResolver(parsed.problem));
    return parsed.url;
  });
  return [...new Set(urls)];
}
