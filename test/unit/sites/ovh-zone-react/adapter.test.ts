import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../../src/sites/registry.js';
import { ovhZoneReactAdapter as adapter } from '../../../../src/sites/ovh-zone-react/adapter.js';
import { editorOf } from '../../../../src/sites/editors.js';

const read = (url: string) => adapter.read(new URL(url), {} as Document);

describe('OVHcloud React manager adapter', () => {
  it('knows the zone page and its sub-routes on the EU, CA and US managers', () => {
    for (const host of ['manager.eu.ovhcloud.com', 'manager.ca.ovhcloud.com', 'manager.us.ovhcloud.com']) {
      const url = `https://${host}/#/web-domains/domain/example.com/zone`;
      expect(findAdapter(new URL(url))?.id, host).toBe('ovh-zone-react');
      expect(read(url)).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    }
    expect(read('https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone/add-entry')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
  });

  it('follows hash changes to the other tabs of the domain', () => {
    expect(read('https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/information')).toEqual({ pageKind: 'domain', domain: 'example.com' });
    expect(read('https://manager.eu.ovhcloud.com/#/web-domains/domain/xn--caf-dma.fr/zone?x=1').domain).toBe('xn--caf-dma.fr');
  });

  it('never takes the manager host itself, nor the legacy routes', () => {
    for (const url of ['https://manager.eu.ovhcloud.com/#/hub', 'https://manager.eu.ovhcloud.com/', 'https://manager.eu.ovhcloud.com/#/web/domain/example.com/zone']) {
      expect(adapter.matches(new URL(url)), url).toBe(false);
    }
  });

  it('takes the type through its combobox, options named by their leading type', () => {
    const control = editorOf(adapter.id)?.typeControl;
    expect(control?.kind).toBe('combobox');
    if (control?.kind !== 'combobox') return;
    expect(control.optionText?.A?.test('A — Pointer vers une adresse IPv4')).toBe(true);
    expect(control.optionText?.A?.test('AAAA — Pointer vers une adresse IPv6')).toBe(false);
  });

  it('finds priority by name first (the en_GB label says "Distribution")', () => {
    expect(editorOf(adapter.id)?.fields('MX').priority?.[0]).toBe('input[name=priority]');
  });
});
