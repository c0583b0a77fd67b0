import { describe, expect, inject, it } from 'vitest';
import { lookUpHost } from '../../src/dns/host-lookup.js';
import { KNOWN_HOSTS } from '../../src/hosts/known-hosts.js';

/*
 * The zone's host named from real answers of the loopback unbound (behind dnsdist): one zone per
 * known host (test/fixtures/zones/<id>.hosts.test.zone) whose NS and SOA name that host's servers,
 * and a zone with vanity name servers whose SOA names an unlisted host.
 */

const dns = inject('dns');
const lookUp = (domain: string) => lookUpHost({ domain, resolvers: [dns.plainUrl], fetch, deadlineMs: 5000 });

describe('the DNS host of a zone, from the loopback resolvers', () => {
  it('has a zone for every known host', () => {
    for (const host of KNOWN_HOSTS) expect(dns.zones, `add test/fixtures/zones/${host.id}.hosts.test.zone`).toContain(`${host.id}.hosts.test`);
  });

  it.each(KNOWN_HOSTS.map((host) => [host.id]))('names %s from the name servers of its zone', async (id) => {
    const report = await lookUp(`mail.${id}.hosts.test`);
    expect(report.zone).toBe(`${id}.hosts.test`);
    expect(report.existence).toBe('exists');
    expect(report.dnsHost).toMatchObject({ id, source: 'nameservers' });
    // Nothing was asked of any Domain Connect provider: none was allowed.
    expect(report.domainConnect).toBeUndefined();
  });

  it('names an unlisted host after the registrable domain of the SOA primary', async () => {
    const report = await lookUp('vanity.hosts.test');
    expect(report.nameservers).toEqual(['ns1.vanity.hosts.test', 'ns2.vanity.hosts.test']);
    expect(report.dnsHost).toEqual({ id: null, name: 'example-hoster.co.uk', dnsPage: null, source: 'soa' });
  });

  it('says the domain does not exist when the resolvers answer NXDOMAIN for it (unbound serves .test as empty)', async () => {
    const report = await lookUp('www.not-registered.test');
    expect(report.existence).toBe('nxdomain');
    expect(report.nameservers).toEqual([]);
    // The negative answer carries the SOA of .test itself: not the domain's zone, so no host is named after it.
    expect(report.dnsHost).toBeNull();
  });

  it('says nothing when no resolver answers (a resolver that is down)', async () => {
    const report = await lookUpHost({ domain: 'cloudflare.hosts.test', resolvers: [dns.downUrl], fetch, deadlineMs: 3000 });
    expect(report.existence).toBe('unknown');
    expect(report.dnsHost).toBeNull();
  });
});
