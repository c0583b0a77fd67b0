import type { QueryRoot } from '../../fill/deep-query.js';
import { DNS_HEADING } from '../listing/vocabulary.js';
import { ownLabel, plainText } from '../listing/listed-row.js';
import type { ZoneDomainReading } from '../zone-page.js';
import { domainFromTexts, urlTexts, type DomainTexts } from './domain-from-texts.js';

/** One selector at a time: Chromium's fast path (a selector list walks the whole page). */
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role=heading]'];
/** Headings inside a listing's rows or cards name a record, not the zone. */
const IN_A_ROW = 'tr, [role=row], article, li, [role=listitem], [role=gridcell], [role=cell]';
const BREADCRUMB = /breadcrumb|fil d[’']ariane|ariane|chemin de navigation|you are here|vous êtes ici/i;

const shown = (element: Element) => {
  const check = (element as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
};

function levelOf(heading: Element): number {
  const match = /^h([1-6])$/.exec(heading.localName);
  return match ? Number(match[1]) : Number(heading.getAttribute('aria-level') ?? 2);
}

/** Headings that say "DNS zone" first, then by level (h1 before h5), then in page order. */
function headingTexts(roots: readonly QueryRoot[]): string[] {
  const headings = roots.flatMap((root) => HEADINGS.flatMap((selector) => [...root.querySelectorAll(selector)])).filter((h) => !h.closest(IN_A_ROW) && shown(h));
  const rank = (h: Element) => (DNS_HEADING.test(h.textContent ?? '') ? 0 : 10) + levelOf(h);
  return headings
    .map((heading, order) => ({ text: plainText(heading.textContent ?? ''), rank: rank(heading), order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((heading) => heading.text);
}

/** Trails named by markup rather than a label: schema.org's BreadcrumbList, the common `breadcrumb` class. */
const MARKED_TRAIL = '[itemtype*="BreadcrumbList"], nav[class*="breadcrumb" i], ol[class*="breadcrumb" i], ul[class*="breadcrumb" i]';

/** The breadcrumb's items, deepest first (the zone is usually the last crumb). */
function breadcrumbTexts(roots: readonly QueryRoot[]): string[] {
  const trails = roots.flatMap((root) => [...root.querySelectorAll('nav, [role=navigation], ol, ul, [itemtype*="BreadcrumbList"]')].filter((nav) => BREADCRUMB.test(ownLabel(nav)) || nav.matches(MARKED_TRAIL)));
  return trails.flatMap((trail) => [...trail.querySelectorAll('li, a, [aria-current]')].map((item) => plainText(item.textContent ?? '')).reverse());
}

/** The zone tables' and grids' own names ("Records of example.com") and captions. */
function listingTexts(roots: readonly QueryRoot[]): string[] {
  return roots.flatMap((root) => [...root.querySelectorAll('table, [role=table], [role=grid], [role=treegrid]')]).flatMap((table) => [ownLabel(table), plainText(table.querySelector('caption')?.textContent ?? '')]);
}

/**
 * The zone the page edits, from the most trusted source that names one: a heading, the
 * breadcrumb, the document's title (the frames' too), the URL (the frames' too), the listing's
 * own name. The page host itself (`dns.panel.example`) is never taken for the zone.
 */
export function zoneDomainOf(documents: readonly Document[], roots: readonly QueryRoot[]): ZoneDomainReading | undefined {
  const hosts = new Set(documents.flatMap((doc) => doc.location?.hostname.toLowerCase() ?? []));
  const sources: DomainTexts = [
    ['heading', () => headingTexts(roots)],
    ['breadcrumb', () => breadcrumbTexts(roots)],
    ['title', () => documents.map((doc) => doc.title)],
    ['url', () => documents.flatMap((doc) => (doc.location?.href.startsWith('http') ? urlTexts(new URL(doc.location.href)) : []))],
    ['listing', () => listingTexts(roots)],
  ];
  return domainFromTexts(sources, hosts);
}
