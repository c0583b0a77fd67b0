/**
 * The zone a page no adapter knows is about, read the way a person reads it: the main heading,
 * then the breadcrumb, the title, the address. The one place the UI's domain prefill asks; the
 * generic page reader may replace what is behind it. Text only, bounded, linear patterns.
 */

/** A dotted name whose last label is letters (a TLD), within DNS lengths. */
const NAME = /(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:xn--[a-z0-9-]{1,59}|[a-z]{2,63})(?![\w-]|\.[a-z0-9])/gi;
/** Endings that look like TLDs but are files or code in addresses and titles. */
const NOT_TLDS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'js', 'css', 'json', 'xml', 'txt', 'pdf', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'cgi', 'do', 'action']);
const MAX_TEXT = 2000;

function namesIn(text: string): string[] {
  return [...text.slice(0, MAX_TEXT).matchAll(NAME)].map((match) => match[0].toLowerCase()).filter((name) => !NOT_TLDS.has(name.slice(name.lastIndexOf('.') + 1)));
}

/** The site's own host and its parents (`dash.registrar.example` → `registrar.example`) are never the zone. */
function isSiteHost(name: string, host: string): boolean {
  const siteLabels = host.toLowerCase().split('.');
  const siteDomain = siteLabels.slice(-2).join('.');
  return name === host || name === siteDomain || name.endsWith(`.${siteDomain}`);
}

function textsOf(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].slice(0, 5).map((element) => element.textContent ?? '');
}

/** What a person reads a page's subject from, most telling first. */
export interface PageTexts {
  headings: string[];
  breadcrumbs: string[];
  title: string;
  url: URL;
}

/** The first name in the most telling text that is not the site's own (pure: unit-tested without a DOM). */
export function domainFromTexts({ headings, breadcrumbs, title, url }: PageTexts): string | undefined {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw path still holds plain names
  }
  for (const text of [...headings, ...breadcrumbs, title, path, ...url.searchParams.values(), url.hash]) {
    const name = namesIn(text).find((candidate) => !isSiteHost(candidate, url.hostname));
    if (name) return name;
  }
  return undefined;
}

export function readPageDomain(url: URL, document: Document): string | undefined {
  return domainFromTexts({
    headings: textsOf(document, 'main h1, h1'),
    breadcrumbs: textsOf(document, 'nav[aria-label*="readcrumb" i], [class*="breadcrumb" i], ol[itemtype*="BreadcrumbList"]'),
    title: document.title,
    url,
  });
}
