import { describe, expect, it } from 'vitest';
import type { DnsHost } from '../../../src/dns/dns-host.js';
import { hostNotice } from '../../../src/dns/host-notice.js';
import { KNOWN_HOSTS } from '../../../src/hosts/known-hosts.js';

const cloudflare: DnsHost = { id: 'cloudflare', name: 'Cloudflare', dnsPage: 'https://dash.cloudflare.com/?to=/:account/example.com/dns', source: 'nameservers' };

describe('hostNotice (popup and side panel)', () => {
  it('names the host in both languages and links its DNS page', () => {
    const notice = hostNotice('example.com', cloudflare);
    expect(notice.servedBy.en).toBe('The DNS of example.com is served by Cloudflare.');
    expect(notice.servedBy.fr).toBe('Le DNS de example.com est servi par Cloudflare.');
    expect(notice.dnsPage).toMatchObject({ url: cloudflare.dnsPage, label: { en: "Open Cloudflare's DNS page" } });
    expect(notice.warning).toBeUndefined();
  });

  it("warns on another company's editor (named as the company, not its page), says nothing on the host's own", () => {
    expect(hostNotice('example.com', cloudflare, { hostId: 'namecheap', name: 'Namecheap Advanced DNS' }).warning?.en).toBe(
      "You are editing Namecheap's zone, but the domain's DNS is served by Cloudflare: records added here will not be used.",
    );
    expect(hostNotice('example.com', cloudflare, { hostId: 'cloudflare', name: 'Cloudflare' }).warning).toBeUndefined();
    // A host outside the list (named after its SOA) is another company than any site's.
    expect(hostNotice('example.com', { id: null, name: 'example.net', dnsPage: null, source: 'soa' }, { hostId: 'ovhcloud', name: 'OVHcloud' }).warning?.en).toContain('served by example.net');
  });

  it('on an editor of unknown ownership (cPanel, Plesk, generic) asks to make sure it edits the host\'s zone', () => {
    const warning = hostNotice('example.com', cloudflare, { name: 'cPanel Zone Editor' }).warning;
    expect(warning?.en).toBe("The domain's DNS is served by Cloudflare: make sure this page edits Cloudflare's zone, or records added here will not be used.");
    expect(warning?.fr).toContain('\u00a0: vérifiez');
  });

  it('says when the DNS page address is inferred, and links only https pages', () => {
    const inferred = KNOWN_HOSTS.find((host) => host.dnsPage?.source.evidence === 'I');
    if (inferred) {
      const notice = hostNotice('example.com', { id: inferred.id, name: inferred.name, dnsPage: 'https://example.net/dns', source: 'nameservers' });
      expect(notice.dnsPage?.inferred?.en).toContain('inferred');
    }
    const hostile = hostNotice('example.com', { id: 'dc:evil', name: 'Evil', dnsPage: 'javascript:alert(1)', source: 'domain-connect' });
    expect(hostile.dnsPage).toBeUndefined();
  });

  it('with no host known, says why and warns of nothing', () => {
    const notice = hostNotice('example.com', null, { hostId: 'gandi', name: 'Gandi' });
    expect(notice.servedBy.en).toContain('could not be told');
    expect(notice).not.toHaveProperty('warning');
  });
});
