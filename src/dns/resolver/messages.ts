import type { Localized } from '../../i18n/lang.js';

/**
 * Why a resolver gave no answer, EN and FR side by side. These sentences reach the user inside
 * check sentences, the report and the popup; the English one is also the `error` string of the
 * CLI's JSON (`byResolver`), which scripts read, so the English wording stays as it was.
 * Protocol words (HTTP 500, SERVFAIL, content-type) are kept in both languages: they are what
 * a support agent searches for.
 */
export const resolverMessages = {
  timedOut: (ms: number): Localized => ({
    en: `timed out after ${ms} ms`,
    fr: `pas de réponse au bout de ${ms}\u00a0ms`,
  }),

  httpStatus: (url: string, status: number): Localized => ({
    en: `HTTP ${status} from ${url}: the resolver refused or failed the query; try again later or use another resolver.`,
    fr: `HTTP ${status} de ${url}\u00a0: le résolveur a refusé la requête ou n’a pas pu la traiter\u202f; réessayez plus tard ou utilisez un autre résolveur.`,
  }),

  wrongContentType: (url: string, mediaType: string, expected: string): Localized => ({
    en: `${url} answered with content-type "${mediaType || 'none'}" instead of ${expected}: check that it is an RFC 8484 DNS-over-HTTPS address (often ending in /dns-query).`,
    fr: `${url} a répondu avec le type de contenu «\u00a0${mediaType || 'aucun'}\u00a0» au lieu de ${expected}\u00a0: vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484), qui se termine souvent par /dns-query.`,
  }),

  notDnsMessage: (url: string, detail: string): Localized => ({
    en: `${url} answered with a body that is not a DNS message (${detail}): check that it is an RFC 8484 DNS-over-HTTPS address.`,
    fr: `${url} a répondu avec un contenu qui n’est pas un message DNS (détail technique\u00a0: ${detail})\u00a0: vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484).`,
  }),

  tooBig: (url: string, maxBytes: number): Localized => ({
    en: `${url} sent more than ${maxBytes} bytes, more than any DNS message holds: check that it is an RFC 8484 DNS-over-HTTPS address, or use another resolver.`,
    fr: `${url} a envoyé plus de ${maxBytes}\u00a0octets, plus que n’en contient aucun message DNS\u00a0: vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484), ou utilisez un autre résolveur.`,
  }),

  wrongQuestion: (url: string, name: string, type: string): Localized => ({
    en: `${url} sent a DNS message that does not answer ${name} ${type}: check the resolver address.`,
    fr: `${url} a envoyé un message DNS qui ne répond pas à la question ${name} ${type}\u00a0: vérifiez l’adresse du résolveur.`,
  }),

  /** `target` is undefined where the browser hides it (an "opaqueredirect" response) or it is no URL. */
  redirected: (url: string, target: string | undefined): Localized => ({
    en: `the resolver redirected to ${target ?? 'another address'}: not followed, since ${url} must answer itself; check the resolver address, or use another resolver.`,
    fr: `le résolveur a redirigé vers ${target ?? 'une autre adresse'}\u00a0: redirection non suivie, car ${url} doit répondre lui-même\u202f; vérifiez l’adresse du résolveur, ou utilisez-en un autre.`,
  }),

  truncated: (url: string): Localized => ({
    en: `${url} sent a truncated answer (TC), even when asked again over POST: this record could not be checked with it; try again later or use another resolver.`,
    fr: `${url} a envoyé une réponse tronquée (TC), même redemandée en POST\u00a0: cet enregistrement n’a pas pu être vérifié avec ce résolveur\u202f; réessayez plus tard ou utilisez un autre résolveur.`,
  }),

  /** The whole check has a deadline (--deadline): a query it cut short, or one it had no time left for. */
  deadline: (ms: number): Localized => ({
    en: `no answer within the check's deadline of ${ms} ms`,
    fr: `pas de réponse dans le délai de ${ms}\u00a0ms accordé à la vérification`,
  }),

  /** A resolver that timed out once is not asked again during the same check (it would only wait again). */
  gaveUp: (): Localized => ({
    en: 'not asked again: it timed out earlier in this check',
    fr: 'pas redemandé\u00a0: il n’a pas répondu à temps plus tôt dans cette vérification',
  }),

  cancelled: (url: string): Localized => ({
    en: `The query to ${url} was cancelled before it answered (timed out or aborted).`,
    fr: `La requête à ${url} a été annulée avant sa réponse (délai dépassé ou interruption).`,
  }),

  // `detail` is a system code (ECONNREFUSED, ENOTFOUND) in Node; browsers only say "Failed to fetch".
  unreachable: (url: string, detail: string): Localized => ({
    en: `Could not reach ${url} (${detail}): check the resolver address and the network connection.`,
    fr: `Impossible de joindre ${url} (${detail})\u00a0: vérifiez l’adresse du résolveur et la connexion réseau.`,
  }),

  /** A response code that is no answer about the zone. */
  rcode: (rcode: string): Localized => {
    switch (rcode) {
      case 'SERVFAIL':
        return { en: "SERVFAIL: the zone's name servers failed to answer", fr: 'SERVFAIL\u00a0: les serveurs de noms de la zone n’ont pas su répondre' };
      case 'REFUSED':
        return { en: 'REFUSED: the resolver refused the question', fr: 'REFUSED\u00a0: le résolveur a refusé la question' };
      default:
        return { en: `${rcode} from the resolver`, fr: `${rcode} de la part du résolveur` };
    }
  },

  /**
   * Why no resolver answered, to go between parentheses in another sentence: each reason said
   * once (two resolvers often fail alike), without its final full stop.
   */
  reasons: (reasons: readonly Localized[]): Localized => ({
    en: clauses(reasons.map((r) => r.en)).join('; '),
    fr: clauses(reasons.map((r) => r.fr)).join('\u202f; '),
  }),
};

function clauses(texts: string[]): string[] {
  return [...new Set(texts.map((text) => text.replace(/\.$/, '')))];
}
