import type { DnsHost } from '../dns/dns-host.js';
import type { Discovery } from '../dns/domain-connect/discover.js';
import type { HostReport } from '../dns/host-lookup.js';
import { dnsHostSentence } from '../dns/host-sentence.js';
import { findHost } from '../hosts/match.js';
import { hostMessages } from '../hosts/messages.js';
import { visibleText } from '../lib/visible-text.js';
import type { Lang } from '../i18n/lang.js';
import { colon } from '../i18n/phrases.js';
import { cliText } from './cli-labels.js';
import { dnsHostJson, domainConnectJson } from './json-shapes.js';

export function hostJson(report: HostReport) {
  return {
    domain: report.domain,
    zone: report.zone,
    nameservers: report.nameservers,
    dnsHost: dnsHostJson(report.dnsHost),
    domainConnect: domainConnectJson(report.domainConnect),
  };
}

/** The host's lines of a table: who, how it was told, its DNS page (said when inferred), Domain Connect. */
export function hostLines(domain: string, host: DnsHost | null | undefined, discovery: Discovery | undefined, lang: Lang): string[] {
  const c = colon(lang);
  const lines = [dnsHostSentence(domain, host)[lang]];
  if (host) lines.push(`${cliText(lang)('dnsHost')}${c}${host.name} (${hostMessages.source[host.source][lang]})`);
  const known = host?.id ? findHost(host.id) : undefined;
  if (host?.dnsPage) {
    const inferred = host.source !== 'domain-connect' && known?.dnsPage?.source.evidence === 'I';
    lines.push(`${cliText(lang)('dnsPage')}${c}${host.dnsPage}${inferred ? ` (${hostMessages.inferredPage()[lang]})` : ''}`);
  }
  if (known?.ambiguity && host?.source === 'nameservers') lines.push(known.ambiguity[lang]);
  if (discovery?.kind === 'found') {
    lines.push(`${cliText(lang)('domainConnect')}${c}${discovery.settings.providerName} — ${discovery.settings.urlSyncUX ?? discovery.settings.urlAPI}`);
  } else if (discovery?.kind === 'refused' || discovery?.kind === 'failed') {
    lines.push(`${cliText(lang)('domainConnect')}${c}${discovery.reason[lang]}`);
  }
  return lines.map(visibleText);
}

export function formatHostTable(report: HostReport, lang: Lang): string {
  const c = colon(lang);
  const header = [
    `${cliText(lang)('domain')}${c}${report.domain}`,
    `${cliText(lang)('zone')}${c}${report.zone}`,
    `${cliText(lang)('nameservers')}${c}${report.nameservers.length > 0 ? report.nameservers.join(', ') : cliText(lang)('noNameservers')}`,
  ].map(visibleText);
  const body = report.existence === 'nxdomain' ? [visibleText(hostMessages.noSuchDomain(report.domain)[lang])] : hostLines(report.domain, report.dnsHost, report.domainConnect, lang);
  return [...header, '', ...body].join('\n') + '\n';
}
