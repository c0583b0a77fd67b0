/**
 * The slot site adapters plug into (issue 4 adds the registrars). An adapter knows one
 * control panel: which pages are its own, which zone a page edits (never the panel's own
 * host), what kind of page it is, and how the panel writes record names.
 */

/** How a site's forms write owner names: full names (the default) or relative to the zone (`@` = apex). */
export const RECORD_NOTATIONS = ['fqdn', 'relative'] as const;
export type RecordNotation = (typeof RECORD_NOTATIONS)[number];

/** What the content script tells the background about the page it runs in. */
export interface PageInfo {
  adapterId: string;
  /** The adapter's name for this page (`dns-editor`, `zone-list`…); guides key on it later. */
  pageKind: string;
  /** The zone the page edits, when the page or its URL says so. */
  domain?: string;
  notation: RecordNotation;
  /** The catalog service the page belongs to, when it says so (an OVHcloud `hosted-…` service page). */
  serviceId?: string;
}

/**
 * The light half of a site: what the page reader needs on every registrar page load. The
 * site's EditorSpec lives in the same file as its own export and is registered in
 * src/sites/editors.ts, so only the filler and the background carry editors.
 */
export interface SiteAdapter {
  id: string;
  /**
   * Manifest match patterns of the pages where this adapter's content script runs by itself
   * (`https://dcc.godaddy.com/*`). Sites on the customer's own host and port (cPanel, Plesk) have
   * none: they are injected on demand and recognised by `recognize`.
   */
  matchPatterns?: readonly string[];
  /** Knows the page by its content, for sites without fixed hosts. */
  recognize?(document: Document): boolean;
  /** Shown to the user ("Demo DNS editor"). */
  name: string;
  notation: RecordNotation;
  /** True when this adapter knows the page at this URL. */
  matches(url: URL): boolean;
  /** Reads the page; undefined fields mean "the page doesn't say". */
  read(url: URL, document: Document): { pageKind: string; domain?: string; serviceId?: string };
}
