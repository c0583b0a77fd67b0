import { describe, expect, it } from 'vitest';
import { findGuide, GUIDES } from '../../../src/sites/guides.js';
import { LANGS, type Localized } from '../../../src/i18n/lang.js';
import { SERVICES } from '../../../src/services/index.js';
import { SITE_ADAPTERS } from '../../../src/sites/registry.js';
import { OVH_PANEL_PAGE_KINDS } from '../../../src/sites/ovh-email-panel/adapter.js';

/** Every Localized in a value, with where it is. */
function localizedIn(value: unknown, path: string, found: [string, Localized][] = []): [string, Localized][] {
  if (value instanceof RegExp || value === null || typeof value !== 'object') return found;
  const keys = Object.keys(value);
  if (keys.includes('en') || keys.includes('fr')) found.push([path, value as Localized]);
  else for (const [key, inner] of Object.entries(value)) localizedIn(inner, `${path}.${key}`, found);
  return found;
}

describe('guide data', () => {
  it('has unique guide ids and unique step ids per guide', () => {
    expect(new Set(GUIDES.map((g) => g.id)).size).toBe(GUIDES.length);
    for (const guide of GUIDES) expect(new Set(guide.steps.map((s) => s.id)).size, guide.id).toBe(guide.steps.length);
  });

  it('says everything in every language: no empty or missing text, FR not a copy of EN', () => {
    for (const guide of GUIDES) {
      const texts = localizedIn(guide, guide.id);
      expect(texts.length).toBeGreaterThan(guide.steps.length * 2);
      for (const [path, text] of texts) {
        for (const lang of LANGS) expect(text[lang]?.trim().length ?? 0, `${path}.${lang}`).toBeGreaterThan(1);
        expect(Object.keys(text).sort(), path).toEqual([...LANGS].sort());
      }
      // Step bodies are sentences written in each language, not the same text twice.
      for (const step of guide.steps) expect(step.body.fr, `${guide.id}.${step.id}`).not.toBe(step.body.en);
    }
  });

  it('names only services of the catalog and adapters that exist (or are promised by issue 4)', () => {
    const services = new Set(SERVICES.map((s) => s.id));
    const adapters = new Set([...SITE_ADAPTERS.map((a) => a.id), 'gandi', 'ionos', 'cpanel', 'plesk', 'generic', 'namecheap', 'porkbun', 'hostinger']);
    for (const guide of GUIDES) {
      for (const id of guide.services ?? []) expect(services.has(id), `${guide.id}: ${id}`).toBe(true);
      if (guide.adapterId) expect(adapters.has(guide.adapterId), `${guide.id}: ${guide.adapterId}`).toBe(true);
      expect(guide.source.length).toBeGreaterThan(5);
    }
  });

  it('has registrar steps for every registered site adapter', () => {
    const withGuide = new Set(GUIDES.filter((g) => g.kind === 'registrar').map((g) => g.adapterId));
    for (const adapter of SITE_ADAPTERS.filter((a) => a.id !== 'ovh-email-panel')) {
      expect(withGuide.has(adapter.id), `no registrar guide for ${adapter.id}`).toBe(true);
    }
  });

  it('has steps for every page kind of the OVHcloud e-mail panel (Exchange and Email Pro)', () => {
    const kinds = new Set(GUIDES.flatMap((g) => g.steps.flatMap((s) => s.pageKinds ?? [])));
    expect(OVH_PANEL_PAGE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('sends only to other guides that exist (the labels are checked with every text above)', () => {
    for (const guide of GUIDES) {
      for (const step of guide.steps.filter((s) => s.seeGuide)) {
        expect(findGuide(step.seeGuide!.id), `${guide.id}.${step.id}`).toBeDefined();
        expect(step.seeGuide!.id, `${guide.id}.${step.id} sends to itself`).not.toBe(guide.id);
      }
    }
  });

  it('covers the four subjects of issue 5', () => {
    const text = GUIDES.map((g) => JSON.stringify(g, (_k, v) => (v instanceof RegExp ? v.source : v))).join('\n');
    for (const needle of ['Commencer', 'DNS Assist', '4 heures', '25 (SMTP)', 'Split DNS', '993', 'STARTTLS', 'SSL', '-check', 'Diagnostic', 'autodiscover']) {
      expect(text, needle).toContain(needle);
    }
  });
  it('Namecheap: MX records go under Mail Settings set to Custom MX, not among the host records', () => {
    const add = findGuide('registrar-namecheap')!.steps.find((s) => s.id === 'add-record')!.body;
    for (const text of [add.en, add.fr]) {
      expect(text).toContain('Mail Settings');
      expect(text).toContain('Custom MX');
      expect(text).not.toContain('MX Record');
    }
  });
});
