import { describe, expect, it } from 'vitest';
import { commonZone, domainOfPlatformName } from '../../../src/capture/domain-guess.js';
import { parsePaste } from '../../../src/capture/paste/parse-paste.js';

describe('domain guesses without a public-suffix list', () => {
  it('platform name one label below the domain', () => {
    expect(domainOfPlatformName('exchange.example.co.uk')).toBe('example.co.uk');
    expect(domainOfPlatformName('example.com')).toBeUndefined();
  });

  it('the zone absolute owner names share', () => {
    expect(commonZone(['example.com.', '_autodiscover._tcp.example.com.', 'ab1cd-check.example.com.'])).toBe('example.com');
    expect(commonZone(['ab1cd-check.example.com.'])).toBe('example.com');
    expect(commonZone(['_autodiscover._tcp.example.com.'])).toBe('example.com');
    expect(commonZone(['a.example.com.', 'b.other.org.'])).toBeUndefined();
  });

  it('zone-file lines with absolute names need no domain', () => {
    const result = parsePaste('ab1cd-check.example.com. 3600 IN CNAME ovh.com.\n_autodiscover._tcp.example.com. 3600 IN SRV 0 0 443 ex5.mail.ovh.net.');
    expect(result.ok && result.capture.domain).toBe('example.com');
  });
});
