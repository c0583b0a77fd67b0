import { describe, expect, test } from 'vitest';
import { idnSpellings } from '../../../src/popup/idn-spelling.js';
import { toUnicodeName } from '../../../src/records/normalize.js';
import { readPage } from '../../../src/sites/registry.js';

describe('an internationalised domain in both spellings', () => {
  test('toUnicodeName decodes xn-- labels only, and leaves a label that does not decode as it is', () => {
    expect(toUnicodeName('mail.xn--caf-exemple-dbb.test')).toBe('mail.café-exemple.test');
    expect(toUnicodeName('_autodiscover._tcp.example.com')).toBe('_autodiscover._tcp.example.com');
    expect(toUnicodeName('xn--ab\u00e9.test')).toBe('xn--ab\u00e9.test');
  });

  test('idnSpellings gives both spellings of an IDN, typed either way, and nothing for ASCII', () => {
    const both = { unicode: 'café-exemple.test', ascii: 'xn--caf-exemple-dbb.test' };
    expect(idnSpellings(' Café-Exemple.test ')).toEqual(both);
    expect(idnSpellings('xn--caf-exemple-dbb.test.')).toEqual(both);
    expect(idnSpellings('example.com')).toBeUndefined();
  });

  test('the page reader gives the zone of a page in model form, whatever spelling the site shows', () => {
    // The document is not read by these adapters: the zone is in the address.
    const read = (url: string) => readPage(new URL(url), undefined as unknown as Document)?.domain;
    expect(read('https://my.ionos.com/domain-dns-settings/caf%C3%A9-exemple.test')).toBe('xn--caf-exemple-dbb.test');
    expect(read('https://my.ionos.com/domain-dns-settings/xn--caf-exemple-dbb.test')).toBe('xn--caf-exemple-dbb.test');
    expect(read('https://hpanel.hostinger.com/domain/Example.COM./dns')).toBe('example.com');
  });
});
