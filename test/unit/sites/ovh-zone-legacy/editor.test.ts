import { describe, expect, it } from 'vitest';
import { site } from '../site.js';
import { editorOf } from '../../../../src/sites/editors.js';

const adapter = site('ovh-zone-legacy');


describe('OVHcloud legacy manager adapter', () => {
  it('declares match patterns for its hosts only', () => {
    expect(adapter.matchPatterns).toEqual(['https://www.ovh.com/manager/*', 'https://ca.ovh.com/manager/*']);
  });

  it('writes relative names with an empty apex and dotted absolute targets', () => {
    expect(editorOf(adapter.id)?.conventions).toMatchObject({ apex: '', host: 'relative', targetDot: true, srv: 'name-in-host' });
    expect(editorOf(adapter.id)?.fields('SRV')).toHaveProperty('port');
    expect(editorOf(adapter.id)?.fields('A')).not.toHaveProperty('priority');
  });
});
