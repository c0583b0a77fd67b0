import type { CheckReport } from '../dns/check/types.js';
import type { DnsHost } from '../dns/dns-host.js';
import type { Discovery } from '../dns/domain-connect/discover.js';
import type { Lang } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';
import type { ReadZone } from '../records/zone-file/read.js';
import { serviceVariables } from '../services/service-variables.js';
import type { DesiredSet } from '../services/desired.js';
import type { ServiceTemplate } from '../services/types.js';
import { visibleJson } from '../lib/visible-text.js';

/*
 * The JSON the CLI prints is a public contract (scripts parse it): these functions build
 * exactly the documented keys, in the documented order, and nothing else.
 */

export function servicesJson(services: readonly ServiceTemplate[], lang: Lang) {
  return services.map((service) => ({
    id: service.id,
    name: service.name,
    variables: serviceVariables(service).map((spec) => ({
      name: spec.name,
      required: spec.required,
      description: spec.description[lang],
      example: spec.example,
    })),
  }));
}

/** `value`: the address, the target without final dot (the model's form), or the whole TXT unquoted. */
export function recordJson(record: DnsRecord) {
  return {
    type: record.type,
    name: record.name,
    value: record.value,
    ttl: record.ttl,
    ...(record.priority !== undefined && { priority: record.priority }),
    ...(record.weight !== undefined && { weight: record.weight }),
    ...(record.port !== undefined && { port: record.port }),
  };
}

/**
 * `zone FILE`: names without the final dot and the root as `.` (in origin, names and targets);
 * each record also says the `line` it starts on (an extension of issue 14's shape).
 */
export function zoneJson(zone: ReadZone & { origin: string }, lang: Lang) {
  const root = (name: string) => (name === '' ? '.' : name);
  return {
    origin: root(zone.origin),
    records: zone.records.map(({ line, record }) => {
      const json = recordJson(record);
      return { ...json, name: root(json.name), value: record.type === 'A' || record.type === 'AAAA' || record.type === 'TXT' ? json.value : root(json.value), line };
    }),
    skipped: zone.skipped.map(({ line, reason }) => ({ line, reason: reason[lang] })),
  };
}

export function recordsJson(set: DesiredSet) {
  return { domain: set.domain, service: set.serviceId, records: set.records.map(recordJson) };
}

/**
 * `message` in the chosen language; `expected` null on a conflicting extra record;
 * `retryAfterSeconds` whole seconds or null (a row stored by an older version reads null).
 */
export function checkJson(report: CheckReport, lang: Lang) {
  return {
    domain: report.domain,
    service: report.service,
    nameservers: report.nameservers,
    dnsHost: dnsHostJson(report.dnsHost),
    results: report.results.map((row) => ({
      type: row.type,
      name: row.name,
      expected: row.expected,
      found: row.found,
      byResolver: row.byResolver,
      status: row.status,
      message: row.message[lang],
      retryAfterSeconds: row.retryAfterSeconds ?? null,
    })),
  };
}

/** The JSON `dnsHost`: exactly its four documented keys. */
export function dnsHostJson(host: DnsHost | null | undefined) {
  return host ? { id: host.id, name: host.name, dnsPage: host.dnsPage, source: host.source } : null;
}

/** The JSON `domainConnect`: the provider's settings when discovery found them, else null. */
export function domainConnectJson(discovery: Discovery | undefined) {
  if (discovery?.kind !== 'found') return null;
  const { settings } = discovery;
  return {
    providerId: settings.providerId,
    providerName: settings.providerName,
    urlSyncUX: settings.urlSyncUX ?? null,
    urlAPI: settings.urlAPI,
    urlControlPanel: settings.urlControlPanel ?? null,
  };
}

/** Two-space indented JSON and a final newline, the way tools and people both read it; nothing raw for the terminal. */
export function printJson(value: unknown): string {
  return visibleJson(value) + '\n';
}
