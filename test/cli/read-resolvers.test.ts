import { describe, expect, it } from 'vitest';
import { readResolvers } from '../../src/cli/option-values.js';
import { UsageError } from '../../src/cli/usage-error.js';

const DEFAULTS = ['https://dns.google/dns-query'];

describe('readResolvers (--resolver)', () => {
  it('uses the defaults when none is given', () => {
    expect(readResolvers([], DEFAULTS)).toEqual(DEFAULTS);
  });

  it('keeps the canonical form of each, once, and takes a plain-http front end', () => {
    const given = ['https://dns.quad9.net/dns-query{?dns}', 'HTTPS://DNS.QUAD9.NET:443/dns-query', 'http://127.0.0.1:8053/dns-query'];
    expect(readResolvers(given, DEFAULTS)).toEqual(['https://dns.quad9.net/dns-query', 'http://127.0.0.1:8053/dns-query']);
  });

  it('refuses a bad one with a usage error naming --resolver and saying what to give, in both languages', () => {
    let error: unknown;
    try {
      readResolvers(['https://dns.google/dns-query', 'dns.google'], DEFAULTS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problem).toEqual({
      en: expect.stringMatching(/^Cannot use --resolver: "dns\.google" is not a URL: .* https:\/\/dns\.google\/dns-query\.$/),
      // The part after the colon is src/dns/'s sentence: either spacing of its guillemets is accepted.
      fr: expect.stringMatching(/^Impossible d’utiliser --resolver\u00a0: «[ \u00a0]dns\.google[ \u00a0]» n’est pas une URL[ \u00a0]: /),
    });
  });
});
