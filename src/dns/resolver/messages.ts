import type { Localized } from '../../i18n/lang.js';
import { localized } from '../../i18n/format.js';
import { joined } from '../../i18n/phrases.js';

/**
 * Why a resolver gave no answer, EN and FR side by side. These sentences reach the user inside
 * check sentences, the report and the popup; the English one is also the `error` string of the
 * CLI's JSON (`byResolver`), which scripts read, so the English wording stays as it was.
 * Protocol words (HTTP 500, SERVFAIL, content-type) are kept in both languages: they are what
 * a support agent searches for.
 */
export const resolverMessages = {
  timedOut: (ms: number): Localized => localized({
    en: `timed out after {ms} ms`,
    fr: `pas de réponse au bout de {ms} ms`,
  }, { ms }),

  // The status is a code, not a quantity: given as text, format() does not bind it to the next word.
  httpStatus: (url: string, status: number): Localized => localized({
    en: `HTTP {status} from {url}: the resolver refused or failed the query; try again later or use another resolver.`,
    fr: `HTTP {status} de {url} : le résolveur a refusé la requête ou n’a pas pu la traiter ; réessayez plus tard ou utilisez un autre résolveur.`,
  }, { status: String(status), url }),

  wrongContentType: (url: string, mediaType: string, expected: string): Localized => localized({
    en: `{url} answered with content-type "{mediaType}" instead of {expected}: check that it is an RFC 8484 DNS-over-HTTPS address (often ending in /dns-query).`,
    fr: `{url} a répondu avec le type de contenu « {mediaType} » au lieu de {expected} : vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484), qui se termine souvent par /dns-query.`,
  }, { url, mediaType: mediaType || localized({ en: 'none', fr: 'aucun' }), expected }),

  notDnsMessage: (url: string, detail: string): Localized => localized({
    en: `{url} answered with a body that is not a DNS message ({detail}): check that it is an RFC 8484 DNS-over-HTTPS address.`,
    fr: `{url} a répondu avec un contenu qui n’est pas un message DNS (détail technique : {detail}) : vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484).`,
  }, { url, detail }),

  tooBig: (url: string, maxBytes: number): Localized => localized({
    en: `{url} sent more than {maxBytes} bytes, more than any DNS message holds: check that it is an RFC 8484 DNS-over-HTTPS address, or use another resolver.`,
    fr: `{url} a envoyé plus de {maxBytes} octets, plus que n’en contient aucun message DNS : vérifiez qu’il s’agit d’une adresse DNS-over-HTTPS (RFC 8484), ou utilisez un autre résolveur.`,
  }, { url, maxBytes }),

  wrongQuestion: (url: string, name: string, type: string): Localized => localized({
    en: `{url} sent a DNS message that does not answer {name} {type}: check the resolver address.`,
    fr: `{url} a envoyé un message DNS qui ne répond pas à la question {name} {type} : vérifiez l’adresse du résolveur.`,
  }, { url, name, type }),

  /** `target` is undefined where the browser hides it (an "opaqueredirect" response) or it is no URL. */
  redirected: (url: string, target: string | undefined): Localized => localized({
    en: `the resolver redirected to {target}: not followed, since {url} must answer itself; check the resolver address, or use another resolver.`,
    fr: `le résolveur a redirigé vers {target} : redirection non suivie, car {url} doit répondre lui-même ; vérifiez l’adresse du résolveur, ou utilisez-en un autre.`,
  }, { target: target ?? localized({ en: 'another address', fr: 'une autre adresse' }), url }),

  truncated: (url: string): Localized => localized({
    en: `{url} sent a truncated answer (TC), even when asked again over POST: this record could not be checked with it; try again later or use another resolver.`,
    fr: `{url} a envoyé une réponse tronquée (TC), même redemandée en POST : cet enregistrement n’a pas pu être vérifié avec ce résolveur ; réessayez plus tard ou utilisez un autre résolveur.`,
  }, { url }),

  /** The whole check has a deadline (--deadline): a query it cut short, or one it had no time left for. */
  deadline: (ms: number): Localized => localized({
    en: `no answer within the check's deadline of {ms} ms`,
    fr: `pas de réponse dans le délai de {ms} ms accordé à la vérification`,
  }, { ms }),

  /** A resolver that timed out once is not asked again during the same check (it would only wait again). */
  gaveUp: (): Localized => localized({
    en: 'not asked again: it timed out earlier in this check',
    fr: 'pas redemandé : il n’a pas répondu à temps plus tôt dans cette vérification',
  }),

  cancelled: (url: string): Localized => localized({
    en: `The query to {url} was cancelled before it answered (timed out or aborted).`,
    fr: `La requête à {url} a été annulée avant sa réponse (délai dépassé ou interruption).`,
  }, { url }),

  // `detail` is a system code (ECONNREFUSED, ENOTFOUND) in Node; browsers only say "Failed to fetch".
  unreachable: (url: string, detail: string): Localized => localized({
    en: `Could not reach {url} ({detail}): check the resolver address and the network connection.`,
    fr: `Impossible de joindre {url} ({detail}) : vérifiez l’adresse du résolveur et la connexion réseau.`,
  }, { url, detail }),

  /** A response code that is no answer about the zone. */
  rcode: (rcode: string): Localized => {
    switch (rcode) {
      case 'SERVFAIL':
        return localized({ en: "SERVFAIL: the zone's name servers failed to answer", fr: 'SERVFAIL : les serveurs de noms de la zone n’ont pas su répondre' });
      case 'REFUSED':
        return localized({ en: 'REFUSED: the resolver refused the question', fr: 'REFUSED : le résolveur a refusé la question' });
      default:
        return localized({ en: `{rcode} from the resolver`, fr: `{rcode} de la part du résolveur` }, { rcode });
    }
  },

  /**
   * Why no resolver answered, to go between parentheses in another sentence: each reason said
   * once (two resolvers often fail alike), without its final full stop.
   */
  reasons: (reasons: readonly Localized[]): Localized => joined(clauses(reasons), localized({ en: '; ', fr: ' ; ' })),
};

function clauses(reasons: readonly Localized[]): Localized[] {
  const withoutStop = reasons.map(({ en, fr }) => ({ en: en.replace(/\.$/, ''), fr: fr.replace(/\.$/, '') }));
  return [...new Map(withoutStop.map((reason) => [reason.en, reason])).values()];
}
