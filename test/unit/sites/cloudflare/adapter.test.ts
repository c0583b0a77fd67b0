import { describe, expect, it } from 'vitest';
import { cloudflareAdapter as adapter } from '../../../../src/sites/cloudflare/adapter.js';
import { findAdapter } from '../../../../src/sites/registry.js';
import { editorOf } from '../../../../src/sites/editors.js';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const read = (url: string) => adapter.read(new URL(url), {} as Document);

describe('Cloudflare adapter', () => {
  it('reads the zone after the account id, not the account id', () => {
    const url = `https://dash.cloudflare.com/${ACCOUNT}/example.com/dns/records`;
    expect(findAdapter(new URL(url))?.id).toBe('cloudflare');
    expect(read(url)).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
    expect(read(`https://dash.cloudflare.com/${ACCOUNT}/example.com/dns`)).toEqual({ pageKind: 'dns-zone', domain: 'example.com' });
  });

  it('follows history changes to the zone overview', () => {
    expect(read(`https://dash.cloudflare.com/${ACCOUNT}/example.com`)).toEqual({ pageKind: 'domain', domain: 'example.com' });
    expect(read(`https://dash.cloudflare.com/${ACCOUNT}/Example.com/ssl-tls`)).toEqual({ pageKind: 'domain', domain: 'example.com' });
  });

  it("never takes the dashboard host or the account's own pages", () => {
    for (const url of ['https://dash.cloudflare.com/', `https://dash.cloudflare.com/${ACCOUNT}`, `https://dash.cloudflare.com/${ACCOUNT}/members`, 'https://dash.cloudflare.com/login', `https://cloudflare.com/${ACCOUNT}/example.com/dns`]) {
      expect(adapter.matches(new URL(url)), url).toBe(false);
    }
  });

  it('finds fields by name and aria-labelledby, and the type through its combobox', () => {
    expect(editorOf(adapter.id)?.fields('A').value).toEqual(['input[name=ipv4_address]', '[aria-labelledby=dns-label-ipv4_address]']);
    expect(editorOf(adapter.id)?.typeControl.kind).toBe('combobox');
    expect(adapter.matchPatterns).toEqual(['https://dash.cloudflare.com/*']);
  });
});
