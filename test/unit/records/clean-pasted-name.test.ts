import { describe, expect, test } from 'vitest';
import { cleanPastedName } from '../../../src/records/clean-pasted-name.js';

describe('cleanPastedName', () => {
  test.each([
    ['https://ex5.mail.ovh.net/owa', 'ex5.mail.ovh.net', ['scheme', 'path']],
    ['  example.com.  ', 'example.com', ['spaces', 'final-dot']],
    ['ex5.mail.ovh.net/owa/', 'ex5.mail.ovh.net', ['path']],
    ['https://user@mail.example.com:443/x?y#z', 'mail.example.com', ['scheme', 'path']],
    ['http://example.com', 'example.com', ['scheme']],
    ['mx1.mail.ovh.net', 'mx1.mail.ovh.net', []],
  ] as const)('%s → %s', (raw, value, removed) => {
    expect(cleanPastedName(raw)).toEqual({ value, removed: [...removed] });
  });

  test('leaves what is not shaped like an address for the validator to judge', () => {
    expect(cleanPastedName('_dmarc/x').value).toBe('_dmarc/x');
    expect(cleanPastedName('mail.example.com:443').value).toBe('mail.example.com:443');
    expect(cleanPastedName('..').value).toBe('..');
  });

  test('stays linear on long hostile input', () => {
    const hostile = `https://${'a'.repeat(2000)}`;
    expect(cleanPastedName(hostile).value.length).toBeLessThanOrEqual(2048);
    expect(cleanPastedName('x'.repeat(5000)).removed).toEqual([]);
  });
});
