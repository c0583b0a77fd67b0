import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GUIDES } from '../../../src/sites/guides.js';
import { PAGE_KIND_LABELS, pageKindLabel } from '../../../src/popup/page-kind-labels.js';
import { pageHasEditor, siteLabel } from '../../../src/popup/page-kind.js';
import { sectionOrder } from '../../../src/popup/section-order.js';
import { findAdapterById } from '../../../src/sites/registry.js';
import { OVH_PANEL_PAGE_KINDS } from '../../../src/sites/ovh-email-panel/adapter.js';

/**
 * Every page kind an adapter can return, read from the adapters' sources: the literals a
 * `pageKind` is set to (`pageKind: 'dns-zone'`, `? 'dns-editor' : 'unknown'`) and the ones a
 * `pageKindOf` function returns. Reading the source keeps the test honest when a site adds a kind.
 */
function pageKindsInAdapters(): Set<string> {
  const kinds = new Set<string>();
  const dir = 'src/sites';
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const lines = source.split('\n');
    let inKindFunction = false;
    for (const line of lines) {
      if (/function pageKindOf/.test(line)) inKindFunction = true;
      else if (/^}/.test(line)) inKindFunction = false;
      // In a pageKindOf body, what it returns; elsewhere, what a `pageKind` is set to.
      const pattern = /pageKind/.test(line) ? /(?:pageKind:\s*|\?\s*|[^?]:\s+|return\s+)'([a-z][a-z-]*)'/g : inKindFunction ? /return\s+'([a-z][a-z-]*)'/g : undefined;
      for (const match of pattern ? line.matchAll(pattern) : []) kinds.add(match[1]!);
    }
  }
  for (const kind of OVH_PANEL_PAGE_KINDS) kinds.add(kind);
  // The demo page names its kind in its HTML.
  for (const match of readFileSync('demo/dns-editor.html', 'utf8').matchAll(/data-page-kind="([^"]+)"/g)) kinds.add(match[1]!);
  return kinds;
}

describe('page-kind labels', () => {
  test('the source scan finds the kinds we know exist (so an empty scan cannot pass)', () => {
    const kinds = pageKindsInAdapters();
    for (const known of ['dns-zone', 'dns-editor', 'domain', 'zone-list', 'unknown', 'ovh-exchange-domains']) expect(kinds).toContain(known);
  });

  test('every page kind an adapter can return, and every kind a guide keys on, has an EN and a FR label', () => {
    const guideKinds = GUIDES.flatMap((guide) => guide.steps.flatMap((step) => step.pageKinds ?? []));
    const missing = [...pageKindsInAdapters(), ...guideKinds].filter((kind) => {
      const entry = PAGE_KIND_LABELS[kind];
      return !entry || entry.label.en.trim() === '' || entry.label.fr.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  test('labels never show a raw id, and domain variants carry the domain in both languages', () => {
    for (const entry of Object.values(PAGE_KIND_LABELS)) {
      // An id has a dash between lowercase words (`dns-zone`); "e-mail" is the one word that does.
      expect(entry.label.en.replace(/e-mail/g, '')).not.toMatch(/\b[a-z]+-[a-z]+\b/);
      expect(entry.label.fr.replace(/e-mail/g, '')).not.toMatch(/\b[a-z]+-[a-z]+\b/);
      if (entry.ofDomain) {
        expect(entry.ofDomain.en).toContain('{domain}');
        expect(entry.ofDomain.fr).toContain('{domain}');
      }
    }
  });

  test('reads as a customer would say it', () => {
    expect(pageKindLabel({ pageKind: 'dns-zone', domain: 'example.com' }, 'en')).toBe('DNS zone of example.com');
    expect(pageKindLabel({ pageKind: 'dns-editor', domain: 'example.com' }, 'fr')).toBe('zone DNS de example.com');
    expect(pageKindLabel({ pageKind: 'ovh-exchange-domains', domain: 'example.com' }, 'en')).toBe('Associated domains of the Exchange service');
    expect(pageKindLabel({ pageKind: 'ovh-exchange-domains' }, 'fr')).toBe('domaines associés du service Exchange');
    // A kind no table knows (a new adapter, the demo page's attribute) never leaks its id.
    expect(pageKindLabel({ pageKind: 'some-new-kind' }, 'en')).toBe('Page without a DNS editor');
  });

  test('the generic filler has a name the user can find, in both languages, from the background\'s lookup', () => {
    const generic = findAdapterById('generic');
    expect(generic?.name).toEqual({ en: 'Unknown DNS editor (generic filler)', fr: 'Éditeur DNS inconnu (remplissage générique)' });
    expect(siteLabel(generic?.name, 'en')).toBe('Unknown DNS editor (generic filler)');
    expect(siteLabel(generic?.name, 'fr')).toBe('Éditeur DNS inconnu (remplissage générique)');
    expect(siteLabel(findAdapterById('godaddy')?.name, 'fr')).toBe('GoDaddy');
    expect(findAdapterById('no-such-site')).toBeUndefined();
    expect(siteLabel(undefined, 'fr')).toBe('site inconnu');
  });
});

describe('section visibility and order', () => {
  test('"Fill in on this page" shows only on pages with a DNS editor', () => {
    expect(pageHasEditor({ pageKind: 'dns-zone' })).toBe(true);
    expect(pageHasEditor({ pageKind: 'dns-editor' })).toBe(true);
    for (const kind of ['domain', 'zone-list', 'unknown', ...OVH_PANEL_PAGE_KINDS]) expect(pageHasEditor({ pageKind: kind })).toBe(false);
    expect(pageHasEditor(undefined)).toBe(false);
    // The fill section and its hint never both show; the hint stands in for it where there is no editor.
    expect(sectionOrder({ pageKind: 'ovh-exchange-domains' }, true)).not.toContain('fill');
    expect(sectionOrder({ pageKind: 'ovh-exchange-domains' }, true)).toContain('fill-hint');
    expect(sectionOrder({ pageKind: 'dns-zone' }, true)).not.toContain('fill-hint');
    expect(sectionOrder(undefined, true)).not.toContain('fill');
    expect(sectionOrder(undefined, true)).not.toContain('fill-hint');
  });

  test('sections come in the order of what the user does next, and none is dropped', () => {
    expect(sectionOrder({ pageKind: 'dns-zone' }, true).slice(0, 2)).toEqual(['fill', 'check']);
    expect(sectionOrder({ pageKind: 'dns-zone' }, false)[0]).toBe('setup');
    expect(sectionOrder({ pageKind: 'ovh-exchange-domains' }, true).slice(0, 2)).toEqual(['captured', 'guide']);
    expect(sectionOrder(undefined, false).slice(0, 3)).toEqual(['setup', 'captured', 'records']);
    for (const order of [sectionOrder(undefined, false), sectionOrder({ pageKind: 'dns-zone' }, true), sectionOrder({ pageKind: 'dns-zone' }, false), sectionOrder({ pageKind: 'unknown' }, true)]) {
      for (const always of ['setup', 'captured', 'records', 'check', 'guide', 'more']) expect(order).toContain(always);
      expect(new Set(order).size).toBe(order.length);
    }
  });
});
