import { describe, expect, it } from 'vitest';
import { labelledPairs } from '../../../../src/capture/panel/labels.js';

describe('labelledPairs: `Label : value` in a panel sentence', () => {
  it('leaves out the full stop that ends the sentence, not the dots inside a name', () => {
    expect(labelledPairs('Serveur : ex5.mail.ovh.net. Port : 443.')).toEqual([
      { label: 'server', value: 'ex5.mail.ovh.net' },
      { label: 'port', value: '443' },
    ]);
    expect(labelledPairs('Target: autodiscover.mail.ovh.net, priority: 10')).toEqual([
      { label: 'target', value: 'autodiscover.mail.ovh.net' },
      { label: 'priority', value: '10' },
    ]);
  });
});
