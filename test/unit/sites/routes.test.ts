import { describe, expect, test } from 'vitest';
import { cpanelAdapter } from '../../../src/sites/cpanel/adapter.js';
import { gandiAdapter } from '../../../src/sites/gandi/adapter.js';
import { hostingerAdapter } from '../../../src/sites/hostinger/adapter.js';
import { ionosAdapter } from '../../../src/sites/ionos/adapter.js';
import { namecheapAdapter } from '../../../src/sites/namecheap/adapter.js';
import { pleskAdapter } from '../../../src/sites/plesk/adapter.js';
import { porkbunAdapter } from '../../../src/sites/porkbun/adapter.js';
import type { SiteAdapter } from '../../../src/sites/types.js';
import { editorOf } from '../../../src/sites/editors.js';

/** A document that only has what `read` may look at (Plesk reads its heading). */
const page = (heading = '') => ({ querySelector: () => ({ textContent: heading }), title: '' }) as unknown as Document;
const read = (adapter: SiteAdapter, url: string, heading?: string) => adapter.read(new URL(url), page(heading));

describe('registrar URLs → the zone they edit, never the panel host', () => {
  test.each([
    [namecheapAdapter, 'https://ap.www.namecheap.com/Domains/DomainControlPanel/example.com/advancedns', 'example.com'],
    [porkbunAdapter, 'https://porkbun.com/account/dns/example.com', 'example.com'],
    [hostingerAdapter, 'https://hpanel.hostinger.com/domain/example.com/dns', 'example.com'],
    [gandiAdapter, 'https://admin.gandi.net/domain/5f0c1a2e-7d3b/example.com/records', 'example.com'],
    [gandiAdapter, 'https://admin.gandi.net/domain/example.com/records', 'example.com'],
    [gandiAdapter, 'https://admin.gandi.net/domain/example.com/dns/records', 'example.com'],
    [ionosAdapter, 'https://my.ionos.com/domain-dns-settings/example.com', 'example.com'],
    [cpanelAdapter, 'https://host.example.net:2083/cpsess4213861952/frontend/jupiter/zone_editor/index.html#/manage?domain=example.com', 'example.com'],
  ])('%s reads %s', (adapter, url, domain) => {
    expect(adapter.matches(new URL(url))).toBe(true);
    expect(read(adapter, url)).toEqual({ pageKind: 'dns-editor', domain });
  });

  test('Plesk names the zone only in the page; the URL has a site id', () => {
    const url = 'https://host.example.net:8443/smb/dns-zone/records-list/id/7/type/domain';
    expect(pleskAdapter.matches(new URL(url))).toBe(true);
    expect(read(pleskAdapter, url, 'DNS Settings for example.com')).toEqual({ pageKind: 'dns-editor', domain: 'example.com' });
  });

  test('pages that name no zone say so', () => {
    expect(read(namecheapAdapter, 'https://ap.www.namecheap.com/dashboard')).toEqual({ pageKind: 'unknown' });
    expect(read(cpanelAdapter, 'https://h:2083/cpsess1/frontend/jupiter/zone_editor/index.html#/list')).toEqual({ pageKind: 'zone-list' });
  });

  test('cPanel and Plesk have no match patterns (customer host and port); the others do', () => {
    expect(cpanelAdapter.matchPatterns).toBeUndefined();
    expect(pleskAdapter.matchPatterns).toBeUndefined();
    for (const adapter of [namecheapAdapter, porkbunAdapter, hostingerAdapter, gandiAdapter, ionosAdapter]) expect(adapter.matchPatterns?.length).toBeGreaterThan(0);
  });

  test('every adapter dates its quirks and lists only types its form takes', () => {
    for (const adapter of [namecheapAdapter, porkbunAdapter, hostingerAdapter, gandiAdapter, ionosAdapter, cpanelAdapter, pleskAdapter]) {
      expect(editorOf(adapter.id)?.quirks.length).toBeGreaterThan(0);
      for (const quirk of editorOf(adapter.id)!.quirks) expect(quirk.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const type of editorOf(adapter.id)!.capabilities) expect(editorOf(adapter.id)!.fields(type).value ?? editorOf(adapter.id)!.fields(type).target).toBeDefined();
    }
  });
});
