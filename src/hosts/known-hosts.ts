import { localized } from '../i18n/format.js';
import type { DnsHostEntry, HostSource } from './types.js';

/*
 * The DNS hosts the assistant names, by the name servers they give their customers' zones.
 * No maintained package holds this (see the team's dns-hosts-and-standards notes), so it is ours:
 * each fact says where it comes from and when it was checked. Deep links whose form is not
 * documented are marked I (inferred) and the UI says so; a page without `{domain}` lists the zones.
 */

const CHECKED = '2026-12-06';
/** F facts: zone dumps, deployment notes and scripts in public repositories agree (searched on the date). */
const FIELD_NOTES = 'public zone dumps, deployment notes and scripts agree (code index search)';

const documented = (where: string): HostSource => ({ evidence: 'D', where, checked: CHECKED });
const field = (where = FIELD_NOTES): HostSource => ({ evidence: 'F', where, checked: CHECKED });
const inferred = (where: string): HostSource => ({ evidence: 'I', where, checked: CHECKED });

/** The registrars and panels the site adapters know, then the most used DNS hosts. */
export const KNOWN_HOSTS: readonly DnsHostEntry[] = [
  {
    id: 'ovhcloud',
    name: 'OVHcloud',
    nameservers: ['dns*.ovh.net', 'ns*.ovh.net', 'dns*.ovh.ca', 'ns*.ovh.ca', 'dns*.anycast.me', 'ns*.anycast.me'],
    nameserverSource: documented('https://github.com/ovh/docs pages/web_cloud/domains/dns_server_edit (dnsXX/nsXX.ovh.net, dns200/ns200.anycast.me)'),
    dnsPage: { url: 'https://manager.eu.ovhcloud.com/#/web/domain/{domain}/zone', source: field() },
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    nameservers: ['*.ns.cloudflare.com'],
    nameserverSource: documented('https://developers.cloudflare.com/dns/zone-setups/full-setup/setup/'),
    // The documented form needs the account id (`/:account/:zone/dns/records`); the domain in place of the zone is inferred.
    dnsPage: { url: 'https://dash.cloudflare.com/?to=/:account/{domain}/dns/records', source: inferred('https://developers.cloudflare.com/fundamentals/account/find-account-and-zone-ids/ (dashboard deep links)') },
  },
  {
    id: 'godaddy',
    name: 'GoDaddy',
    nameservers: ['*.domaincontrol.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://dcc.godaddy.com/control/portfolio/{domain}/settings?tab=dns', source: field() },
  },
  {
    id: 'namecheap',
    name: 'Namecheap',
    nameservers: ['*.registrar-servers.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://ap.www.namecheap.com/Domains/DomainControlPanel/{domain}/advancedns', source: field() },
  },
  {
    id: 'gandi',
    name: 'Gandi',
    nameservers: ['ns-*.gandi.net'],
    nameserverSource: field(),
    // Gandi's own links carry the organization's id (`/domain/{org}/{domain}/records`); without it is inferred.
    dnsPage: { url: 'https://admin.gandi.net/domain/{domain}/records', source: inferred('the documented link holds the organization id') },
  },
  {
    id: 'ionos',
    name: 'IONOS',
    nameservers: ['*.ui-dns.com', '*.ui-dns.biz', '*.ui-dns.org', '*.ui-dns.de'],
    nameserverSource: field(),
    dnsPage: { url: 'https://my.ionos.com/domain-dns-settings/{domain}', source: field() },
  },
  {
    id: 'porkbun',
    name: 'Porkbun',
    nameservers: ['*.ns.porkbun.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://porkbun.com/account/dns/{domain}', source: field() },
  },
  {
    id: 'hostinger',
    name: 'Hostinger',
    nameservers: ['*.dns-parking.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://hpanel.hostinger.com/domain/{domain}/dns', source: field() },
  },
  {
    id: 'route53',
    name: 'Amazon Route 53',
    nameservers: ['ns-*.awsdns-*.com', 'ns-*.awsdns-*.net', 'ns-*.awsdns-*.org', 'ns-*.awsdns-*.co.uk'],
    nameserverSource: documented('https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/GetInfoAboutHostedZone.html (the delegation set)'),
    dnsPage: { url: 'https://console.aws.amazon.com/route53/v2/hostedzones', source: documented('https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/GetInfoAboutHostedZone.html') },
  },
  {
    id: 'google-cloud-dns',
    name: 'Google Cloud DNS',
    nameservers: ['ns-cloud-*.googledomains.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://console.cloud.google.com/net-services/dns/zones', source: field() },
    ambiguity: localized({
      en: 'Domains bought at Google Domains before it moved to Squarespace kept these name servers: such a zone is edited at Squarespace.',
      fr: 'Les domaines achetés chez Google Domains avant son passage à Squarespace ont gardé ces serveurs de noms : une telle zone se modifie chez Squarespace.',
    }),
  },
  {
    id: 'azure-dns',
    name: 'Azure DNS',
    nameservers: ['ns1-*.azure-dns.com', 'ns2-*.azure-dns.net', 'ns3-*.azure-dns.org', 'ns4-*.azure-dns.info'],
    nameserverSource: documented('https://learn.microsoft.com/en-us/azure/dns/dns-domain-delegation'),
    dnsPage: { url: 'https://portal.azure.com/#browse/Microsoft.Network%2FdnsZones', source: inferred('the portal\'s browse link for the DNS zones resource type') },
  },
  {
    id: 'digitalocean',
    name: 'DigitalOcean',
    nameservers: ['ns*.digitalocean.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://cloud.digitalocean.com/networking/domains/{domain}', source: inferred('the control panel\'s Networking → Domains page') },
  },
  {
    id: 'hetzner',
    name: 'Hetzner',
    nameservers: ['*.ns.hetzner.com', '*.ns.hetzner.de', '*.first-ns.de', '*.second-ns.de', '*.second-ns.com'],
    nameserverSource: field('https://docs.hetzner.com/networking/dns/faq/nameservers and public zone dumps (hydrogen/oxygen/helium.ns.hetzner.*, robot *.first-ns.de)'),
    dnsPage: { url: 'https://console.hetzner.com/', source: documented('https://docs.hetzner.com/networking/dns/faq/nameservers (DNS zones are managed in Hetzner Console)') },
  },
  {
    id: 'infomaniak',
    name: 'Infomaniak',
    nameservers: ['ns*.infomaniak.ch', 'ns*.infomaniak.com'],
    nameserverSource: documented('https://www.infomaniak.com/it/assistenza/faq/admin2/dominio?i=3 (nsXX.infomaniak.com)'),
    dnsPage: { url: 'https://manager.infomaniak.com/', source: inferred('the Manager\'s home: domains are reached from it') },
  },
  {
    id: 'wix',
    name: 'Wix',
    nameservers: ['*.wixdns.net', 'ns*.wix.com'],
    nameserverSource: documented('http://www.wix.com/support/main/html5/domains-email/index-terms-domains-emails (NS1/NS2.WIX.COM); *.wixdns.net from field notes'),
    dnsPage: { url: 'https://manage.wix.com/account/domains', source: inferred('the account\'s Domains page') },
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    nameservers: ['*.squarespacedns.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://account.squarespace.com/domains/managed/{domain}/dns/dns-settings', source: inferred('the Domains panel\'s DNS settings of one domain') },
  },
  {
    id: 'vercel',
    name: 'Vercel',
    nameservers: ['*.vercel-dns.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://vercel.com/dashboard/domains', source: inferred('the dashboard\'s Domains page') },
  },
  {
    id: 'linode',
    name: 'Akamai Cloud (Linode)',
    nameservers: ['ns*.linode.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://cloud.linode.com/domains', source: field() },
  },
  {
    id: 'bluehost',
    name: 'Bluehost',
    nameservers: ['ns*.bluehost.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://my.bluehost.com/', source: inferred('the account home: the DNS editor is under Domains') },
  },
  {
    id: 'dnsimple',
    name: 'DNSimple',
    nameservers: ['ns*.dnsimple.com', '*.dnsimple-edge.net', '*.dnsimple-edge.org'],
    nameserverSource: field(),
    dnsPage: { url: 'https://dnsimple.com/dashboard', source: inferred('the dashboard lists the zones') },
  },
  {
    id: 'scaleway',
    name: 'Scaleway',
    nameservers: ['*.dom.scw.cloud'],
    nameserverSource: field(),
    dnsPage: { url: 'https://console.scaleway.com/domains/', source: inferred('the console\'s Domains and DNS page') },
  },
  {
    id: 'dreamhost',
    name: 'DreamHost',
    nameservers: ['ns*.dreamhost.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://panel.dreamhost.com/', source: inferred('the panel home: DNS is under Domains') },
  },
  {
    id: 'network-solutions',
    name: 'Network Solutions',
    nameservers: ['*.worldnic.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://www.networksolutions.com/my-account/', source: inferred('the account home') },
  },
  {
    id: 'namesilo',
    name: 'NameSilo',
    nameservers: ['*.dnsowl.com'],
    nameserverSource: field(),
    dnsPage: { url: 'https://www.namesilo.com/account_domains.php', source: inferred('the account\'s domain list') },
  },
];
