import type { Localized } from '../i18n/lang.js';

/**
 * The slot site adapters plug into: one folder per registrar or control panel under src/sites/
 * (`<id>/adapter.ts`, `<id>/editor.ts`, `<id>/guide.ts`, `<id>/examples.json`, `<id>/quirks.json`), found by
 * src/sites/registry.ts. An adapter knows one control panel: which pages are its own, which
 * zone a page edits (never the panel's own host), what kind of page it is, and how the panel
 * writes record names.
 */

/** How a site's forms write owner names: full names (the default) or relative to the zone (`@` = apex). */
export const RECORD_NOTATIONS = ['fqdn', 'relative'] as const;
export type RecordNotation = (typeof RECORD_NOTATIONS)[number];

/** What the content script tells the background about the page it runs in. */
export interface PageInfo {
  adapterId: string;
  /** The adapter's name for this page (`dns-editor`, `zone-list`…); guides key on it later. */
  pageKind: string;
  /**
   * The zone the page edits, when the page or its URL says so. From the content script, read
   * without the UTS #46 table (an IDN may come as the page writes it); the background reads it
   * strictly (tab-context.ts, strictPage) before anything else sees it.
   */
  domain?: string;
  notation: RecordNotation;
  /** The catalog service the page belongs to, when it says so (an OVHcloud `hosted-…` service page). */
  serviceId?: string;
}

/** What an adapter reads on a page; undefined fields mean "the page doesn't say". */
export interface PageReading {
  pageKind: string;
  domain?: string;
  serviceId?: string;
}

/**
 * The light half of a site: what the page reader needs on every registrar page load. The
 * site's EditorSpec lives in its own file (`<id>/editor.ts`), so only the filler and the
 * background carry editors.
 */
export interface SiteAdapter {
  /** The site's folder name under src/sites/. */
  id: string;
  /**
   * Manifest match patterns of the pages where this adapter's content script runs by itself
   * (`https://dcc.godaddy.com/*`). Sites on the customer's own host and port (cPanel, Plesk) have
   * none: they are injected on demand and recognised by `recognize`.
   */
  matchPatterns?: readonly string[];
  /** Knows the page by its content, for sites without fixed hosts. */
  recognize?(document: Document): boolean;
  /** Shown to the user ("GoDaddy"); in EN and FR where it describes rather than brands. */
  name: string | Localized;
  /**
   * The DNS host (src/hosts `id`) whose zones this editor edits. Absent on panels that run on
   * anyone's servers (cPanel, Plesk, the generic filler): they may edit any host's zone.
   */
  hostId?: string;
  notation: RecordNotation;
  /** True when this adapter knows the page at this URL. */
  matches(url: URL): boolean;
  /** Reads the page. */
  read(url: URL, document: Document): PageReading;
}

/**
 * A page of the site as its tests open it (`<id>/examples.json`, read by the table-driven test of
 * every site, never by a build): the address, what the page shows that `read` looks at, and
 * what the adapter reads there. Without `reads`, the page is not this site's (`matches` is false).
 */
export interface SiteExample {
  url: string;
  /** Why this page is among the examples. */
  about?: string;
  reads?: PageReading;
  /** The page's heading, for sites that read the zone from the page. */
  heading?: string;
}

/**
 * A dated note on a site's behaviour (style.md: "date your quirks"), kept as data in
 * `<id>/quirks.json`: the evidence behind the site's editor, read by its tests and the README.
 */
export interface Quirk {
  note: string;
  /** `verified` on a saved or live page, `inferred` from public help pages. */
  confidence: 'verified' | 'inferred';
  lastChecked: string;
}
