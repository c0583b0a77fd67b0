import { describe, expect, it } from 'vitest';
import { describeDnsHost } from '../../../src/dns/dns-host.js';

const CLOUDFLARE_NS = ['amy.ns.cloudflare.com', 'kirk.ns.cloudflare.com'];
const settings = (extra: object = {}) => ({ providerId: 'cloudflare.com', providerName: 'Cloudflare', urlAPI: 'https://api.cloudflare.com/client/v4/dns/domainconnect', ...extra });

describe('the zone\'s DNS host', () => {
  it('comes from a name-server pattern, with the host\'s DNS page for the zone', () => {
    expect(describeDnsHost({ zone: 'example.com', nameservers: ['ns39.domaincontrol.com', 'ns40.domaincontrol.com'], soaPrimary: 'ns39.domaincontrol.com' })).toEqual({
      id: 'godaddy',
      name: 'GoDaddy',
      dnsPage: 'https://dcc.godaddy.com/control/portfolio/example.com/settings?tab=dns',
      source: 'nameservers',
    });
  });

  it('falls back to the registrable domain of the SOA primary when no pattern matches', () => {
    expect(describeDnsHost({ zone: 'example.com', nameservers: ['ns1.example.net'], soaPrimary: 'pdns1.dns.example-host.co.uk' })).toEqual({
      id: null,
      name: 'example-host.co.uk',
      dnsPage: null,
      source: 'soa',
    });
  });

  it('lets Domain Connect outrank both, naming a known provider by its host id and filling the domain in', () => {
    const host = describeDnsHost({
      zone: 'example.com',
      nameservers: ['ns39.domaincontrol.com'],
      domainConnect: { kind: 'found', settings: settings({ providerDisplayName: 'Cloudflare, Inc.', urlControlPanel: 'https://dash.cloudflare.com/?zone=%domain%' }) },
    });
    expect(host).toEqual({ id: 'cloudflare', name: 'Cloudflare, Inc.', dnsPage: 'https://dash.cloudflare.com/?zone=example.com', source: 'domain-connect' });
  });

  it('names an unknown Domain Connect provider dc:<providerId>, by its providerName', () => {
    const host = describeDnsHost({ zone: 'example.com', nameservers: CLOUDFLARE_NS, domainConnect: { kind: 'found', settings: settings({ providerId: 'Plesk-Host', providerName: 'Plesk host' }) } });
    expect(host).toEqual({ id: 'dc:Plesk-Host', name: 'Plesk host', dnsPage: null, source: 'domain-connect' });
  });

  it('ignores a Domain Connect record that was refused or failed', () => {
    const host = describeDnsHost({ zone: 'example.com', nameservers: CLOUDFLARE_NS, domainConnect: { kind: 'refused', value: '127.0.0.1', reason: { en: '', fr: '' } } });
    expect(host?.source).toBe('nameservers');
  });

  it('is null only when neither name servers nor SOA could be read', () => {
    expect(describeDnsHost({ zone: 'example.com', nameservers: [] })).toBeNull();
    expect(describeDnsHost({ zone: 'example.com', nameservers: ['ns1.unlisted-host.example.net'] })).toEqual({ id: null, name: 'example.net', dnsPage: null, source: 'nameservers' });
  });
});
