import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../../src/sites/registry.js';
import { ovhZoneLegacyAdapter as adapter } from '../../../../src/sites/ovh-zone-legacy/adapter.js';
import { editorOf } from '../../../../src/sites/editors.js';

const read = (url: string) => adapter.read(new URL(url), {} as Document);

describe('OVHcloud legacy manager adapter', () => {
  it('knows the zone tab of a domain by its hash route', () => {
    const url = 'https://www.ovh.com/manager/#/web/domain/example.com/zone';
    expect(adapter.matches(new URL(url))).toBe(true);
    expect(read(url)).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    expect(findAdapter(new URL(url))?.id).toBe('ovh-zone-legacy');
  });

  it('follows hash changes: another tab of the same domain is a domain page, not the zone', () => {
    expect(read('https://www.ovh.com/manager/#/web/domain/example.com/information')).toEqual({ pageKind: 'domain', domain: 'example.com' });
    expect(read('https://www.ovh.com/manager/?lang=en#/web/domain/Example.COM/zone?tab=records')).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
  });

  it('reads a zone without its domain product and the Canadian manager', () => {
    expect(read('https://www.ovh.com/manager/#/web/zone/example.org')).toEqual({ pageKind: 'dns-zone', domain: 'example.org' });
    expect(adapter.matches(new URL('https://ca.ovh.com/manager/#/web/domain/example.ca/zone'))).toBe(true);
  });

  it('never takes the manager host or a page without a domain', () => {
    for (const url of ['https://www.ovh.com/manager/#/web', 'https://www.ovh.com/manager/', 'https://www.ovh.com/fr/domaines/', 'https://www.ovh.com.evil.test/manager/#/web/domain/example.com/zone']) {
      expect(adapter.matches(new URL(url)), url).toBe(false);
    }
    expect(read('https://www.ovh.com/manager/#/web').domain).toBeUndefined();
  });

  it('declares match patterns for its hosts only', () => {
    expect(adapter.matchPatterns).toEqual(['https://www.ovh.com/manager/*', 'https://ca.ovh.com/manager/*']);
  });

  it('writes relative names with an empty apex and dotted absolute targets', () => {
    expect(editorOf(adapter.id)?.conventions).toMatchObject({ apex: '', host: 'relative', targetDot: true, srv: 'name-in-host' });
    expect(editorOf(adapter.id)?.fields('SRV')).toHaveProperty('port');
    expect(editorOf(adapter.id)?.fields('A')).not.toHaveProperty('priority');
  });
});
