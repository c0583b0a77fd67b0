import { buildCapture } from './build-capture.js';
import { domainOfPlatformName } from './domain-guess.js';
import type { Capture, CaptureSource, PanelReading } from './types.js';

/**
 * A panel reading → one Capture per domain that needs action. Domains whose badges are all
 * green are left alone (nothing to do there), and a value is given to a domain only when the
 * screen ties it to that domain or to the whole platform (the server).
 */
export function capturesFromPanel(
  reading: PanelReading,
  context: { serviceHint?: string; routeDomain?: string } = {},
): { captures: Capture[]; fine: string[] } {
  const fine = reading.domains.filter((row) => !row.needsAction && Object.keys(row.badges).length > 0).map((row) => row.domain);
  const captures: Capture[] = [];

  if (reading.privateServer) {
    const domain = domainOfPlatformName(reading.privateServer.name);
    if (domain) {
      const source: CaptureSource = 'panel-server-diagnostic';
      const values: Record<string, { value: string; source: CaptureSource }> = {
        server_name: { value: reading.privateServer.name, source },
      };
      if (reading.privateServer.ipv4) values.ipv4 = { value: reading.privateServer.ipv4, source };
      if (reading.privateServer.ipv6) values.ipv6 = { value: reading.privateServer.ipv6, source };
      const { capture } = buildCapture(domain, 'ovh-private-exchange', values);
      if (capture) captures.push(capture);
    }
    return { captures, fine };
  }

  const service = reading.service ?? context.serviceHint ?? 'ovh-hosted-exchange';
  const domains = new Set<string>(reading.domains.filter((row) => row.needsAction).map((row) => row.domain));
  if (reading.cname) domains.add(reading.cname.domain);
  if (reading.srv?.domain) domains.add(reading.srv.domain);
  for (const entry of reading.dkim) if (entry.domain) domains.add(entry.domain);
  // A domain's own sub-page (its DKIM screen) names the domain in the route, not in the table.
  if (context.routeDomain && reading.dkim.length > 0) domains.add(context.routeDomain);

  for (const domain of domains) {
    const values: Record<string, { value: string; source: CaptureSource }> = {};
    if (reading.server) values.server = reading.server;
    if (reading.region) values.region = { value: reading.region, source: 'panel-dns-values' };
    if (reading.cname?.domain === domain) {
      values.token = { value: reading.cname.token, source: 'panel-cname-popover' };
      values.cname_target = { value: reading.cname.target, source: 'panel-cname-popover' };
    }
    // DKIM rows without a domain belong to the only domain in view.
    const dkim = reading.dkim.filter((entry) => entry.domain === domain || (!entry.domain && domains.size === 1));
    dkim.slice(0, 2).forEach((entry, index) => {
      values[`dkim_selector${index + 1}`] = { value: entry.selector, source: 'panel-dkim' };
      values[`dkim_target${index + 1}`] = { value: entry.target, source: 'panel-dkim' };
    });
    const { capture } = buildCapture(domain, service, values);
    if (capture) captures.push(capture);
  }
  return { captures, fine };
}
