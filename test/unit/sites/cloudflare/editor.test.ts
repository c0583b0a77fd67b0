import { describe, expect, it } from 'vitest';
import { site } from '../site.js';
import { editorOf } from '../../../../src/sites/editors.js';

const adapter = site('cloudflare');


describe('Cloudflare adapter', () => {
  it('finds fields by name and aria-labelledby, and the type through its combobox', () => {
    expect(editorOf(adapter.id)?.fields('A').value).toEqual(['input[name=ipv4_address]', '[aria-labelledby=dns-label-ipv4_address]']);
    expect(editorOf(adapter.id)?.typeControl.kind).toBe('combobox');
    expect(adapter.matchPatterns).toEqual(['https://dash.cloudflare.com/*']);
  });
});
