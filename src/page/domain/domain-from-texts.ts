import type { DomainSource, ZoneDomainReading } from '../zone-page.js';
import { normalizeName } from '../../records/normalize.js';
import { zoneNamesIn } from './zone-name.js';

/** Evidence is said to the user: a heading or a title, not a page. */
const MAX_EVIDENCE = 120;

/** Where a page names its zone, most trusted first; each list is read only if those before name none. */
export type DomainTexts = readonly (readonly [DomainSource, () => readonly string[]])[];

/** Path segments, then query values, then the fragment: `/domains/example.com/dns`, `?domaine=example.com`. */
export function urlTexts(url: URL): string[] {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      // a malformed escape: the raw text still holds plain names
      return text;
    }
  };
  return [...url.pathname.split('/').map(decode), ...url.searchParams.values(), ...url.hash.slice(1).split(/[/?&=]/).map(decode)];
}

/**
 * The first zone name in the most trusted text that names one (pure: unit-tested without a DOM).
 * The page's own hosts (`dns.panel.example`) are never taken for the zone, in either spelling
 * (an IDN host is `xn--…` in the address, in its script in a heading).
 */
export function domainFromTexts(sources: DomainTexts, hosts: ReadonlySet<string>): ZoneDomainReading | undefined {
  for (const [source, texts] of sources) {
    for (const text of texts()) {
      const domain = zoneNamesIn(text).find((name) => !hosts.has(normalizeName(name)));
      if (domain) return { domain, source, evidence: text.slice(0, MAX_EVIDENCE) };
    }
  }
  return undefined;
}
