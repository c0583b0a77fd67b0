import { describe, expect, it } from 'vitest';
import { defineSite } from '../../../src/sites/define-site.js';

describe('a site states only what differs', () => {
  it('takes relative names, and runs on every page of its hosts (under its path) by default', () => {
    const site = defineSite({ name: 'Panel', hosts: ['panel.example', 'www.panel.example'], path: '/manager' });
    expect(site.notation).toBe('relative');
    expect(site.matchPatterns).toEqual(['https://panel.example/manager/*', 'https://www.panel.example/manager/*']);
    expect(site.matches(new URL('https://panel.example/manager/#/zone'))).toBe(true);
    expect(site.matches(new URL('https://panel.example/other'))).toBe(false);
    expect(site.matches(new URL('https://elsewhere.example/manager/'))).toBe(false);
    expect(site.read(new URL('https://panel.example/manager/'), {} as Document)).toEqual({ pageKind: 'unknown' });
  });

  it('narrows its pages with `matches`, and a site without hosts has no match patterns', () => {
    const site = defineSite({ name: 'Own host', notation: 'fqdn', matches: (url) => url.pathname.startsWith('/dns/') });
    expect(site.matchPatterns).toBeUndefined();
    expect(site.notation).toBe('fqdn');
    expect(site.matches(new URL('https://any.example:8443/dns/zone'))).toBe(true);
    expect(site.matches(new URL('https://any.example:8443/mail/'))).toBe(false);
  });
});

describe('a route names the zone (`read` of a site that gives one)', () => {
  const { read } = defineSite({ name: 'Panel', route: /^\/domain\/([^/]+)\/dns\/?$/i });

  it('names the zone of the editor path, decoded, and knows no other page', () => {
    expect(read(new URL('https://panel.example/domain/xn--caf-dma.fr/dns'), {} as Document)).toEqual({ pageKind: 'dns-editor', domain: 'xn--caf-dma.fr' });
    expect(read(new URL('https://panel.example/domain/ex%2Eample.com/dns'), {} as Document)).toEqual({ pageKind: 'dns-editor', domain: 'ex.ample.com' });
    expect(read(new URL('https://panel.example/domains'), {} as Document)).toEqual({ pageKind: 'unknown' });
  });
});
