import { describe, expect, it } from 'vitest';
import { parseResolverUrl, requireResolverUrl, resolverOriginPattern } from '../../../../src/dns/resolver/url.js';

/** What users paste, and the canonical URL that is stored and queried. */
const ACCEPTED: [string, string][] = [
  ['https://dns.google/dns-query', 'https://dns.google/dns-query'],
  ['  https://dns.quad9.net/dns-query{?dns}\n', 'https://dns.quad9.net/dns-query'],
  ['HTTPS://DNS.Google:443/dns-query', 'https://dns.google/dns-query'],
  ['https://résolveur.example/dns-query', 'https://xn--rsolveur-b1a.example/dns-query'],
  ['https://dns.example/dns-query?', 'https://dns.example/dns-query'],
  ['https://dns.example/query?ct=application/dns-message', 'https://dns.example/query?ct=application/dns-message'],
  ['https://[::1]:8443/dns-query', 'https://[::1]:8443/dns-query'],
];

/** Refused everywhere, and a piece of the sentence that says why. */
const REFUSED: [string, RegExp][] = [
  ['', /No resolver URL given/],
  ['   ', /No resolver URL given/],
  ['dns.google', /"dns\.google" is not a URL/],
  ['not a url', /"not a url" is not a URL/],
  ['https://', /"https:\/\/" is not a URL/],
  ['{?dns}', /is not a URL/],
  ['ftp://dns.example/dns-query', /"ftp:\/\/dns\.example\/dns-query" does not start with https:\/\//],
  ['https://user:secret@dns.example/dns-query', /remove them and enter https:\/\/dns\.example\/dns-query\.$/],
  ['https://dns.example/dns-query#top', /#fragment: remove them and enter https:\/\/dns\.example\/dns-query\.$/],
  ['https://dns.example/dns-query#', /#fragment/],
  ['https://dns.example/dns-query?dns=AAAB', /already holds a \?dns= query: enter the endpoint alone, https:\/\/dns\.example\/dns-query\.$/],
  ['https://dns.example/dns-query?dns', /\?dns=/],
];

describe('parseResolverUrl', () => {
  it.each(ACCEPTED)('accepts %j as %s', (text, url) => {
    expect(parseResolverUrl(text)).toEqual({ ok: true, url });
    expect(parseResolverUrl(text, { allowHttp: true })).toEqual({ ok: true, url });
  });

  it.each(REFUSED)('refuses %j with a sentence in English and French', (text, why) => {
    for (const allowHttp of [false, true]) {
      const result = parseResolverUrl(text, { allowHttp });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problem.en).toMatch(why);
      expect(result.problem.fr).not.toBe(result.problem.en);
      expect(result.problem.fr).toMatch(/https:\/\/\S+\.$/);
    }
  });

  it('takes plain http only when the caller allows it (a DoH front end on the local network)', () => {
    const text = 'http://127.0.0.1:8053/dns-query{?dns}';
    expect(parseResolverUrl(text, { allowHttp: true })).toEqual({ ok: true, url: 'http://127.0.0.1:8053/dns-query' });
    const refused = parseResolverUrl(text);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problem.en).toMatch(/^"http:\/\/127\.0\.0\.1:8053\/dns-query\{\?dns\}" does not start with https:\/\/:/);
    expect(parseResolverUrl('ftp://dns.example/', { allowHttp: true })).toMatchObject({
      ok: false,
      problem: { en: expect.stringContaining('or http:// for a server on your own network') },
    });
  });

  it('never repeats a password back in its sentence', () => {
    for (const text of ['https://user:secret@dns.example/dns-query', 'ftp://user:secret@dns.example/dns-query']) {
      const result = parseResolverUrl(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(`${result.problem.en} ${result.problem.fr}`).not.toContain('secret');
    }
  });
});

describe('requireResolverUrl (the engine)', () => {
  it('returns the canonical URL, allowing http, or throws the English sentence', () => {
    expect(requireResolverUrl(' http://127.0.0.1:8053/dns-query{?dns}')).toBe('http://127.0.0.1:8053/dns-query');
    expect(() => requireResolverUrl('dns.google')).toThrow(/^"dns\.google" is not a URL: enter the full address/);
  });
});

describe('resolverOriginPattern', () => {
  it('is the host permission of the resolver', () => {
    expect(resolverOriginPattern('https://dns.example:8443/dns-query')).toBe('https://dns.example:8443/*');
  });
});
