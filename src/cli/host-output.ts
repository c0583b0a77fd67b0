import type { DnsHost } from '../dns/dns-host.js';
import type { Discovery } from '../dns/domain-connect/discover.js';
import type { HostReport } from '../dns/host-lookup.js';
import { dnsHostSentence } from '../dns/host-sentence.js';
import { findHost } from '../hosts/match.js';
import { hostMessages } from '../hosts/messages.js';
import { visibleText } from '../lib/visible-text.js';
import type { Lang } from '../i18n/lang.js';
import { colon } from '../report/report-labels.js';
import { cliLabel } from './cli-labels.js';
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
  if (host) lines.push(`${cliLabel('dnsHost', lang)}${c}${host.name} (${hostMessages.source[host.source][lang]})`);
  const known = host?.id ? findHost(host.id) : undefined;
  if (host?.dnsPage) {
    const inferred = host.source !== 'domain-connect' && known?.dnsPage?.source.evidence === 'I';
    lines.push(`${cliLabel('dnsPage', lang)}${c}${host.dnsPage}${inferred ? ` (${hostMessages.inferredPage()[lang]})` : ''}`);
  }
  if (known?.ambiguity && host?.source === 'nameservers') lines.push(known.ambiguity[lang]);
  if (discovery?.kind === 'found') {
    lines.push(`${cliLabel('domainConnect', lang)}${c}${discovery.settings.providerName} — ${discovery.settings.urlSyncUX ?? discovery.settings.urlAPI}`);
  } else if (discovery?.kind === 'refused' || discovery?.kind === 'failed') {
    lines.push(`${cliLabel('domainConnect', lang)}${c}${discovery.reason[lang]}`);
  }
  return lines.map(visibleText);
}

export function formatHostTable(report: HostReport, lang: Lang): string {
  const c = colon(lang);
  const header = [
    `${cliLabel('domain', lang)}${c}${report.domain}`,
    `${cliLabel('zone', lang)}${c}${report.zone}`,
    `${cliLabel('nameservers', lang)}${c}${report.nameservers.length > 0 ? report.nameservers.join(', ') : cliLabel('noNameservers', lang)}`,
  ].map(visibleText);
  const body = report.existence === 'nxdomain' ? [visibleText(hostMessages.noSuchDomain(report.domain)[lang])] : hostLines(report.domain, report.dnsHost, report.domainConnect, lang);
  return [...header, '', ...body].join('\n') + '\n';
}
