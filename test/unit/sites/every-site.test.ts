import { describe, expect, test } from 'vitest';
import { findHost } from '../../../src/hosts/match.js';
import { editorOf } from '../../../src/sites/editors.js';
import { byFolder } from '../../../src/sites/folders.js';
import { findAdapter, SITE_ADAPTERS } from '../../../src/sites/registry.js';
import type { Quirk, SiteExample } from '../../../src/sites/types.js';
import { site } from './site.js';

/**
 * Every site folder against the pages its tests open (`src/sites/<id>/examples.json`): a new site
 * is held to the same rules by adding its folder, with no line here.
 */
const EXAMPLES = byFolder(import.meta.glob<readonly SiteExample[]>('../../../src/sites/*/examples.json', { eager: true, import: 'default' }));
const QUIRKS = new Map(byFolder(import.meta.glob<readonly Quirk[]>('../../../src/sites/*/quirks.json', { eager: true, import: 'default' })));
const CASES = EXAMPLES.flatMap(([id, examples]) => examples.map((example) => ({ id, ...example })));

/** A document that only has what `read` may look at (Plesk reads its heading). */
const pageWith = (heading?: string) =>
  ({ querySelector: () => (heading === undefined ? null : { textContent: heading, getAttribute: () => null }), title: '' }) as unknown as Document;

/** Chrome's match-pattern rule for the `https://host/path*` patterns the sites declare. */
function underPattern(pattern: string, url: URL): boolean {
  const match = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match || url.protocol !== 'https:') return false;
  const [, host, path] = match;
  const pathPattern = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return url.hostname === host && pathPattern.test(url.pathname + url.search);
}

describe('every site folder', () => {
  test('holds an adapter and the pages its tests use, and every adapter has its folder', () => {
    expect(EXAMPLES.map(([id]) => id)).toEqual(SITE_ADAPTERS.map((adapter) => adapter.id));
    for (const [id, examples] of EXAMPLES) expect(examples.length, id).toBeGreaterThan(0);
  });

  test.each(CASES.filter((example) => example.reads))('$id reads $url', ({ id, url, heading, reads }) => {
    const address = new URL(url);
    // Known by this site alone (the registry's order never decides), and read as the example says.
    if (id !== 'generic') expect(SITE_ADAPTERS.filter((adapter) => adapter.matches(address)).map((adapter) => adapter.id)).toEqual([id]);
    expect(findAdapter(address)?.id).toBe(id);
    expect(site(id).read(address, pageWith(heading))).toEqual(reads);
  });

  test.each(CASES.filter((example) => !example.reads))('$id leaves $url alone', ({ id, url }) => {
    expect(site(id).matches(new URL(url))).toBe(false);
  });

  test('a site with match patterns runs by itself on the pages of its examples; one without is on the customer\'s host', () => {
    for (const { id, url, reads } of CASES) {
      const adapter = site(id);
      if (reads && adapter.matchPatterns) expect(adapter.matchPatterns.some((pattern) => underPattern(pattern, new URL(url))), url).toBe(true);
      for (const pattern of adapter.matchPatterns ?? []) expect(pattern, id).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    }
    // cPanel and Plesk: the customer's host and port, which no manifest can list (injected on demand).
    for (const id of ['cpanel', 'plesk']) {
      expect(site(id).matchPatterns, id).toBeUndefined();
      expect(site(id).recognize, id).toBeDefined();
    }
    for (const id of ['namecheap', 'porkbun', 'hostinger', 'gandi', 'ionos']) expect(site(id).matchPatterns?.length, id).toBeGreaterThan(0);
  });

  test('a site that edits one company\'s zones names that DNS host; panels on anyone\'s servers name none', () => {
    for (const adapter of SITE_ADAPTERS) {
      if (adapter.hostId !== undefined) expect(findHost(adapter.hostId)?.id, adapter.id).toBe(adapter.hostId);
    }
    // Each runs on a company's own hosts (match patterns), so that company serves the zones it edits.
    for (const adapter of SITE_ADAPTERS.filter((site) => site.hostId)) expect(adapter.matchPatterns?.length, adapter.id).toBeGreaterThan(0);
    for (const id of ['cpanel', 'plesk', 'generic']) expect(site(id).hostId, id).toBeUndefined();
  });

  test('every editor dates its quirks (quirks.json: verified or inferred) and lists only types its form takes', () => {
    const withEditor = SITE_ADAPTERS.filter((adapter) => editorOf(adapter.id));
    expect(withEditor.length).toBeGreaterThanOrEqual(11);
    for (const { id } of withEditor) {
      const editor = editorOf(id)!;
      expect(QUIRKS.get(id)?.length, id).toBeGreaterThan(0);
      for (const quirk of QUIRKS.get(id)!) {
        expect(quirk.lastChecked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['verified', 'inferred'], id).toContain(quirk.confidence);
        expect(quirk.note.length, id).toBeGreaterThan(20);
      }
      for (const type of editor.capabilities) expect(editor.fields(type).value ?? editor.fields(type).target, `${id} ${type}`).toBeDefined();
    }
  });
});
