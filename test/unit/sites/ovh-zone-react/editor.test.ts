import { describe, expect, it } from 'vitest';
import { site } from '../site.js';
import { editorOf } from '../../../../src/sites/editors.js';

const adapter = site('ovh-zone-react');


describe('OVHcloud React manager adapter', () => {
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
