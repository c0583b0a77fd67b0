import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { relativeName } from '../records/normalize.js';
import type { DnsRecord } from '../records/types.js';
import { M365_MX_HOST } from '../services/microsoft-365-hosts.js';
import { serviceFromServer } from './panel/text.js';

/**
 * Which catalog service a set of records belongs to and the variables they spell out.
 * Only unambiguous signals count: a value we are not sure of stays out (the user types it),
 * because a wrong variable would produce wrong records at the registrar.
 */
export interface InferredSetup {
  service?: string;
  vars: Record<string, string>;
  notes: Localized[];
}

const OVH_MX = /^mx\d\.mail\.ovh\.(net|ca)$/;

export function inferFromRecords(records: readonly DnsRecord[], domain: string, serviceHint?: string): InferredSetup {
  const vars: Record<string, string> = {};
  const notes: Localized[] = [];
  const signals = new Set<string>();
  const below = (name: string) => name !== domain && name.endsWith(`.${domain}`);

  for (const record of records) {
    if (record.type === 'SRV' && record.name === `_autodiscover._tcp.${domain}`) {
      const service = serviceFromServer(record.value);
      if (service) {
        signals.add(service);
        vars.server = record.value;
      } else if (below(record.value)) {
        signals.add('exchange-onprem');
        vars.server_name = relativeName(record.value, domain);
      } else {
        vars.server = record.value;
      }
    } else if (record.type === 'CNAME' && /^[a-z0-9]+-check\./.test(record.name) && below(record.name)) {
      vars.token = record.name.split('-check.')[0]!;
      vars.cname_target = record.value;
    } else if (record.type === 'CNAME' && below(record.name) && record.name.includes('._domainkey.')) {
      const selector = record.name.split('._domainkey.')[0]!;
      const slot = /selector([12])$/.exec(selector)?.[1];
      // Microsoft's own selector1/selector2 belong to the tenant, not to an OVHcloud platform.
      if (slot && selector !== `selector${slot}`) {
        vars[`dkim_selector${slot}`] = selector;
        vars[`dkim_target${slot}`] = record.value;
      }
    } else if (record.type === 'MX' && record.name === domain) {
      if (M365_MX_HOST.test(record.value)) {
        signals.add('microsoft-365');
        vars.mx = record.value;
      } else if (OVH_MX.test(record.value)) {
        vars.region = record.value.endsWith('.ca') ? 'ca' : 'eu';
      } else if (below(record.value)) {
        vars.mail_host = record.value;
      }
    } else if (record.type === 'TXT' && record.name === domain && /^MS=ms\d+$/i.test(record.value)) {
      signals.add('microsoft-365');
      vars.verify = record.value;
    }
  }

  // An on-premises server: the MX points at a name of the zone that has an A record.
  const mailHost = vars.mail_host;
  delete vars.mail_host;
  const address = (type: 'A' | 'AAAA', name: string) => records.find((r) => r.type === type && r.name === name)?.value;
  if (mailHost && address('A', mailHost)) {
    signals.add('exchange-onprem');
    vars.server_name = relativeName(mailHost, domain);
    vars.ip = address('A', mailHost)!;
  }
  // A Private Exchange platform: only A/AAAA records, all for one name in the zone.
  const names = new Set(records.map((r) => r.name));
  if (signals.size === 0 && records.length > 0 && records.every((r) => r.type === 'A' || r.type === 'AAAA') && names.size === 1) {
    const [name] = names;
    if (below(name!)) {
      signals.add('ovh-private-exchange');
      vars.server_name = relativeName(name!, domain);
      const ipv4 = address('A', name!);
      const ipv6 = address('AAAA', name!);
      if (ipv4) vars.ipv4 = ipv4;
      if (ipv6) vars.ipv6 = ipv6;
    }
  }

  let service = serviceHint;
  if (!service && signals.size === 1) [service] = signals;
  if (!service && signals.size > 1) {
    notes.push(localized({
      en: `The records fit several services ({services}): choose the service yourself.`,
      fr: `Les enregistrements correspondent à plusieurs services ({services}) : choisissez le service vous-même.`,
    }, { services: [...signals].join(', ') }));
  }
  const result: InferredSetup = { vars, notes };
  if (service) result.service = service;
  return result;
}
