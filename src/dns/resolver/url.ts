import type { Localized } from '../../i18n/lang.js';
import { LocalizedError } from '../../lib/localized-error.js';
import { localized } from '../../i18n/format.js';

/**
 * The one rule for a DNS-over-HTTPS resolver URL, as users paste it into the options page or
 * `--resolver`, and as the engine receives it. Pure (no browser API) so the extension, the CLI
 * and the engine all accept and refuse the same addresses, with the same sentences.
 */

export type ResolverUrlResult = { ok: true; url: string } | { ok: false; problem: Localized };

export interface ResolverUrlOptions {
  /**
   * Accept plain `http://` as well as `https://`. The CLI and the engine allow it for a DoH front
   * end on the loopback or the local network (the loopback tests run dnsdist that way). The
   * extension does not: its options page asks a host permission for the resolver, and a check
   * sent in clear over the open Internet could be read or changed on the way.
   */
  allowHttp?: boolean;
}

const EXAMPLE = 'https://dns.google/dns-query';
/** RFC 8484 §4.1 gives endpoints as RFC 6570 URI templates; providers print them with this suffix. */
const DNS_TEMPLATE = /\{\?dns\}$/;

/**
 * `text` trimmed, its `{?dns}` template suffix dropped, parsed and checked. The `url` returned is
 * the canonical `URL.href` (lower-case scheme and host, punycode host, default port dropped):
 * what is stored, compared and queried.
 */
export function parseResolverUrl(text: string, options: ResolverUrlOptions = {}): ResolverUrlResult {
  const typed = text.trim();
  if (typed === '') return refuse(emptyProblem());
  let url: URL;
  try {
    url = new URL(typed.replace(DNS_TEMPLATE, ''));
  } catch {
    return refuse(notUrlProblem(typed));
  }
  const allowed = options.allowHttp ? ['https:', 'http:'] : ['https:'];
  // No separate hostname rule: the URL standard gives every http(s) URL a host or refuses it
  // (`https://` alone does not parse), so the scheme check is the hostname check.
  if (!allowed.includes(url.protocol)) {
    return refuse(schemeProblem(shown(typed, url), options.allowHttp === true));
  }
  // `href`, not `hash`: a bare trailing `#` leaves `hash` empty but stays in the URL.
  if (url.username || url.password || url.href.includes('#')) return refuse(credentialsProblem(withoutExtras(url)));
  if (url.searchParams.has('dns')) return refuse(dnsQueryProblem(typed, withoutExtras(url)));
  // A bare trailing `?` would make the same endpoint a second, different string.
  if (url.search === '') url.search = '';
  return { ok: true, url: url.href };
}

/**
 * The engine's form of the rule: the canonical URL, or a LocalizedError (English message). It
 * allows http because the engine serves the CLI too; the extension's stored resolvers were
 * already held to https when they were saved.
 */
export function requireResolverUrl(text: string): string {
  const known = acceptedResolvers.get(text);
  if (known !== undefined) return known;
  const parsed = parseResolverUrl(text, { allowHttp: true });
  if (!parsed.ok) throw new LocalizedError(parsed.problem);
  if (acceptedResolvers.size >= MAX_ACCEPTED_RESOLVERS) acceptedResolvers.clear();
  acceptedResolvers.set(text, parsed.url);
  return parsed.url;
}

/**
 * Resolver URLs already accepted, as given → canonical: every query checks its resolver's URL,
 * and parsing it again for each (a fleet sends thousands) cost more than the query's own encoding.
 * A user has a handful of resolvers; the cap only bounds a caller that makes them up.
 */
const acceptedResolvers = new Map<string, string>();
const MAX_ACCEPTED_RESOLVERS = 64;

/** The host permission a resolver needs (`https://dns.example/*`), asked for when it is added. */
export function resolverOriginPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

function refuse(problem: Localized): ResolverUrlResult {
  return { ok: false, problem };
}

/** What the user typed, unless it holds a password: sentences end up on screens and in logs. */
function shown(typed: string, url: URL): string {
  if (!url.username && !url.password) return typed;
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/** The address the user most likely meant: no credentials, no fragment, no `dns` parameter. */
function withoutExtras(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  copy.hash = '';
  copy.searchParams.delete('dns');
  return copy.href;
}

function emptyProblem(): Localized {
  return localized({
    en: `No resolver URL given: enter the full address of a DNS-over-HTTPS resolver, e.g. {example}.`,
    fr: `Aucune URL de résolveur : saisissez l’adresse complète d’un résolveur DNS-over-HTTPS, par exemple {example}.`,
  }, { example: EXAMPLE });
}

function notUrlProblem(typed: string): Localized {
  return localized({
    en: `"{typed}" is not a URL: enter the full address of a DNS-over-HTTPS resolver, e.g. {example}.`,
    fr: `« {typed} » n’est pas une URL : saisissez l’adresse complète d’un résolveur DNS-over-HTTPS, par exemple {example}.`,
  }, { typed, example: EXAMPLE });
}

function schemeProblem(typed: string, allowHttp: boolean): Localized {
  const scheme = allowHttp
    ? localized({ en: 'https:// (or http:// for a server on your own network)', fr: 'https:// (ou http:// pour un serveur de votre réseau)' })
    : localized({ en: 'https://', fr: 'https://' });
  return localized({
    en: `"{typed}" does not start with {scheme}: enter the https:// address your resolver publishes, e.g. {example}.`,
    fr: `« {typed} » ne commence pas par {scheme} : saisissez l’adresse https:// publiée par votre résolveur, par exemple {example}.`,
  }, { typed, scheme, example: EXAMPLE });
}

function credentialsProblem(clean: string): Localized {
  return localized({
    en: `A resolver URL cannot hold a user name, password or #fragment: remove them and enter {clean}.`,
    fr: `Une URL de résolveur ne peut pas contenir de nom d’utilisateur, de mot de passe ni de #fragment : retirez-les et saisissez {clean}.`,
  }, { clean });
}

function dnsQueryProblem(typed: string, clean: string): Localized {
  return localized({
    en: `"{typed}" already holds a ?dns= query: enter the endpoint alone, {clean}.`,
    fr: `« {typed} » contient déjà une requête « ?dns= » : saisissez le point d’accès seul, {clean}.`,
  }, { typed, clean });
}
