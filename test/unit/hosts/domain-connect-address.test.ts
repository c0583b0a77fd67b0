import { describe, expect, it } from 'vitest';
import { allowedApiUrl, allowedDomainConnectAddress, parseExtraHosts } from '../../../src/hosts/domain-connect-address.js';

describe('which Domain Connect addresses are contacted', () => {
  it('takes the known providers\' discovery values, in any case, with a final dot or slash', () => {
    expect(allowedDomainConnectAddress('domainconnect.godaddy.com', 'discovery')).toMatchObject({ ok: true, base: 'https://domainconnect.godaddy.com' });
    expect(allowedDomainConnectAddress(' DomainConnect.GoDaddy.com. ', 'discovery')).toMatchObject({ ok: true, base: 'https://domainconnect.godaddy.com' });
    expect(allowedDomainConnectAddress('api.cloudflare.com/client/v4/dns/domainconnect/', 'discovery')).toMatchObject({
      ok: true,
      base: 'https://api.cloudflare.com/client/v4/dns/domainconnect',
    });
  });

  it.each([
    ['a loopback address', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['a private address', '10.0.0.1'],
    ['an unknown host', 'domainconnect.attacker.example'],
    ['a known host under another domain', 'domainconnect.godaddy.com.attacker.example'],
    ['a path traversal', 'api.cloudflare.com/client/v4/dns/domainconnect/../../../user/tokens'],
    ['an encoded traversal', 'api.cloudflare.com/client/v4/%2e%2e/tokens'],
    ['another path on a known host', 'api.cloudflare.com/client/v4/user'],
    ['a path on a host that has none', 'domainconnect.godaddy.com/admin'],
    ['userinfo', 'user:pass@domainconnect.godaddy.com'],
    ['a port', 'domainconnect.godaddy.com:8443'],
    ['a scheme', 'https://domainconnect.godaddy.com'],
    ['a plain-http scheme', 'http://domainconnect.godaddy.com'],
    ['a query', 'domainconnect.godaddy.com?redirect=x'],
    ['a fragment', 'domainconnect.godaddy.com#x'],
    ['a backslash', 'domainconnect.godaddy.com\\@attacker.example'],
    ['whitespace inside', 'domainconnect.godaddy.com attacker.example'],
    ['a control character', 'domainconnect.godaddy.com\u0000'],
    ['nothing', ''],
  ])('refuses %s', (_, value) => {
    expect(allowedDomainConnectAddress(value, 'discovery').ok).toBe(false);
  });

  it('takes a test host only as the exact host:port the environment lists, without a path', () => {
    const extra = parseExtraHosts('localhost:8443, 127.0.0.1:9443 junk nohost');
    expect(extra).toEqual(['localhost:8443', '127.0.0.1:9443']);
    expect(allowedDomainConnectAddress('localhost:8443', 'discovery', extra)).toEqual({ ok: true, base: 'https://localhost:8443' });
    expect(allowedDomainConnectAddress('localhost:8444', 'discovery', extra).ok).toBe(false);
    expect(allowedDomainConnectAddress('localhost', 'discovery', extra).ok).toBe(false);
    expect(allowedDomainConnectAddress('localhost:8443/x', 'discovery', extra).ok).toBe(false);
  });

  it('takes a settings urlAPI only as an https URL on the provider\'s API base', () => {
    expect(allowedApiUrl('https://domainconnect.api.godaddy.com').ok).toBe(true);
    expect(allowedApiUrl('https://domainconnect.api.godaddy.com/').ok).toBe(true);
    expect(allowedApiUrl('http://domainconnect.api.godaddy.com').ok).toBe(false);
    expect(allowedApiUrl('https://x@domainconnect.api.godaddy.com').ok).toBe(false);
    expect(allowedApiUrl('https://domainconnect.api.godaddy.com:444').ok).toBe(false);
    expect(allowedApiUrl('https://domainconnect.api.godaddy.com/?q=1').ok).toBe(false);
    expect(allowedApiUrl('https://127.0.0.1').ok).toBe(false);
    expect(allowedApiUrl('not a url').ok).toBe(false);
    expect(allowedApiUrl('https://localhost:8443', ['localhost:8443']).ok).toBe(true);
  });
});
