import { describe, expect, it } from 'vitest';
import { KNOWN_HOSTS } from '../../../src/hosts/known-hosts.js';
import { dnsPageFor, hostForNameservers, nameserverMatches } from '../../../src/hosts/match.js';
import { expectNoHang } from '../../support/cpu-time.js';

/** Real name-server names of each host, as its documentation or public zone dumps show them. */
const SAMPLES: Record<string, readonly string[]> = {
  ovhcloud: ['dns105.ovh.net', 'ns105.ovh.net', 'dns10.ovh.ca', 'dns200.anycast.me', 'ns200.anycast.me'],
  cloudflare: ['amy.ns.cloudflare.com', 'kirk.ns.cloudflare.com'],
  godaddy: ['ns39.domaincontrol.com', 'pdns01.domaincontrol.com'],
  namecheap: ['dns1.registrar-servers.com', 'freedns2.registrar-servers.com'],
  gandi: ['ns-217-a.gandi.net', 'ns-112-c.gandi.net'],
  ionos: ['ns1045.ui-dns.com', 'ns1046.ui-dns.biz', 'ns1047.ui-dns.org', 'ns1048.ui-dns.de'],
  porkbun: ['curitiba.ns.porkbun.com', 'maceio.ns.porkbun.com'],
  hostinger: ['ns1.dns-parking.com', 'ns2.dns-parking.com'],
  route53: ['ns-1536.awsdns-00.co.uk', 'ns-0.awsdns-00.com', 'ns-512.awsdns-00.net', 'ns-1024.awsdns-00.org'],
  'google-cloud-dns': ['ns-cloud-e1.googledomains.com', 'ns-cloud-a4.googledomains.com'],
  'azure-dns': ['ns1-04.azure-dns.com', 'ns2-04.azure-dns.net', 'ns3-04.azure-dns.org', 'ns4-04.azure-dns.info'],
  digitalocean: ['ns1.digitalocean.com', 'ns3.digitalocean.com'],
  hetzner: ['hydrogen.ns.hetzner.com', 'helium.ns.hetzner.de', 'ns1.first-ns.de', 'robotns3.second-ns.com'],
  infomaniak: ['ns11.infomaniak.ch', 'ns12.infomaniak.com'],
  wix: ['ns0.wixdns.net', 'ns1.wix.com'],
  squarespace: ['nsc1.squarespacedns.com', 'connect2.squarespacedns.com'],
  vercel: ['ns1.vercel-dns.com', 'ns2.vercel-dns.com'],
  linode: ['ns1.linode.com', 'ns5.linode.com'],
  bluehost: ['ns1.bluehost.com', 'ns2.bluehost.com'],
  dnsimple: ['ns1.dnsimple.com', 'ns4.dnsimple-edge.org'],
  scaleway: ['ns0.dom.scw.cloud', 'ns1.dom.scw.cloud'],
  dreamhost: ['ns1.dreamhost.com', 'ns3.dreamhost.com'],
  'network-solutions': ['ns47.worldnic.com', 'ns48.worldnic.com'],
  namesilo: ['ns1.dnsowl.com', 'ns3.dnsowl.com'],
};

describe('the DNS host catalog (data rules)', () => {
  it('holds the adapters\' hosts and at least 12 more, each id a unique lowercase slug', () => {
    const ids = KNOWN_HOSTS.map((host) => host.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of ['ovhcloud', 'cloudflare', 'godaddy', 'namecheap', 'gandi', 'ionos', 'porkbun', 'hostinger', 'route53', 'google-cloud-dns', 'azure-dns']) {
      expect(ids).toContain(id);
    }
    expect(ids.length).toBeGreaterThanOrEqual(11 + 12);
  });

  it('writes every pattern as lowercase labels with * inside one label only', () => {
    for (const host of KNOWN_HOSTS) {
      expect(host.nameservers.length).toBeGreaterThan(0);
      for (const glob of host.nameservers) expect(glob, `${host.id}: ${glob}`).toMatch(/^([a-z0-9*-]+\.)+[a-z]{2,}$/);
    }
  });

  it('says where each fact comes from and when it was checked; DNS pages are https', () => {
    for (const host of KNOWN_HOSTS) {
      for (const source of [host.nameserverSource, host.dnsPage?.source].filter((s) => s !== undefined)) {
        expect(source.where.length, host.id).toBeGreaterThan(10);
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['D', 'F', 'I']).toContain(source.evidence);
      }
      if (host.dnsPage) expect(host.dnsPage.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    }
  });

  it('knows every sample of every host, and names no other host for it', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(KNOWN_HOSTS.map((host) => host.id).sort());
    for (const [id, names] of Object.entries(SAMPLES)) {
      for (const name of names) expect(hostForNameservers([name])?.id, name).toBe(id);
      for (const other of KNOWN_HOSTS.filter((host) => host.id !== id)) {
        for (const name of names) expect(other.nameservers.some((glob) => nameserverMatches(glob, name)), `${other.id} also takes ${name}`).toBe(false);
      }
    }
  });
});

describe('matching name servers', () => {
  it('compares label by label: a look-alike under another domain is not the host', () => {
    expect(hostForNameservers(['amy.ns.cloudflare.com.evil.example'])).toBeUndefined();
    expect(hostForNameservers(['ns.cloudflare.com'])).toBeUndefined();
    expect(hostForNameservers(['a.b.ns.cloudflare.com'])).toBeUndefined();
    expect(hostForNameservers(['ns39.domaincontrol.com.example'])).toBeUndefined();
    expect(hostForNameservers(['ns-1.awsdns-2.co'])).toBeUndefined();
  });

  it('takes the final dot and capitals as DNS does', () => {
    expect(hostForNameservers(['AMY.NS.CLOUDFLARE.COM.'])?.id).toBe('cloudflare');
  });

  it('names the host most name servers belong to (a secondary provider beside the primary)', () => {
    expect(hostForNameservers(['ns1.dnsimple.com', 'ns2.dnsimple.com', 'amy.ns.cloudflare.com'])?.id).toBe('dnsimple');
    expect(hostForNameservers(['ns1.example.net', 'ns2.example.net'])).toBeUndefined();
  });

  it('runs in linear time on a hostile 253-character name', async () => {
    const name = `${'a*'.repeat(30)}.${'-'.repeat(62)}.${'ns-'.repeat(20)}.awsdns-${'9'.repeat(50)}.com`;
    await expectNoHang(() => {
      for (let i = 0; i < 1000; i++) hostForNameservers([name]);
    }, 'a thousand hostile names');
  });

  it('fills the zone into the DNS page, encoded', () => {
    const godaddy = KNOWN_HOSTS.find((host) => host.id === 'godaddy')!;
    expect(dnsPageFor(godaddy, 'xn--caf-dma.example')).toBe('https://dcc.godaddy.com/control/portfolio/xn--caf-dma.example/settings?tab=dns');
    const route53 = KNOWN_HOSTS.find((host) => host.id === 'route53')!;
    expect(dnsPageFor(route53, 'example.com')).toBe('https://console.aws.amazon.com/route53/v2/hostedzones');
  });
});
