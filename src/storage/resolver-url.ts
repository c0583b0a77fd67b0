import type { Localized } from '../i18n/lang.js';

/**
 * A resolver URL as users paste it: an RFC 8484 endpoint over HTTPS. The RFC 6570 template
 * suffix `{?dns}` that providers print in their docs is accepted and removed.
 */
export function parseResolverUrl(text: string): { ok: true; url: string } | { ok: false; problem: Localized } {
  const trimmed = text.trim().replace(/\{\?dns\}$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      problem: {
        en: `"${trimmed}" is not a URL. Enter the full address, e.g. https://dns.example/dns-query.`,
        fr: `« ${trimmed} » n'est pas une URL. Saisissez l'adresse complète, p. ex. https://dns.example/dns-query.`,
      },
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      problem: {
        en: 'DNS-over-HTTPS needs an https:// address. Use the https URL your resolver publishes.',
        fr: 'DNS-over-HTTPS exige une adresse https://. Utilisez l’URL https publiée par votre résolveur.',
      },
    };
  }
  if (url.username || url.password || url.hash) {
    return {
      ok: false,
      problem: {
        en: 'Remove the user name, password or #fragment from the resolver URL.',
        fr: 'Retirez le nom d’utilisateur, le mot de passe ou le #fragment de l’URL du résolveur.',
      },
    };
  }
  if (url.searchParams.has('dns')) {
    return {
      ok: false,
      problem: {
        en: 'Give the endpoint without its ?dns= query, e.g. https://dns.example/dns-query.',
        fr: 'Indiquez le point d’accès sans la requête ?dns=, p. ex. https://dns.example/dns-query.',
      },
    };
  }
  return { ok: true, url: url.href };
}

/** The host permission a resolver needs (`https://dns.example/*`), asked for when it is added. */
export function resolverOriginPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
