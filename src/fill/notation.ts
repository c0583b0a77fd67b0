import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { relativeName } from '../records/normalize.js';
import type { DnsRecord } from '../records/types.js';
import { formatTxtValue } from '../records/txt-strings.js';
import type { EditorConventions, TtlPolicy } from './editor-spec.js';
import type { SiteFields } from './types.js';

/**
 * The owner name as the host field wants it (apex `@` or blank, relative or full). A full name on
 * a site where a name without its final dot is relative to the zone (`targetDot`, zone-file style)
 * gets that dot, as targets there do: without it, `mail.example.com` is saved as
 * `mail.example.com.example.com`.
 */
export function hostText(name: string, zone: string, conventions: Pick<EditorConventions, 'apex' | 'host' | 'targetDot'>): string {
  if (conventions.host === 'fqdn') return conventions.targetDot ? `${name}.` : name;
  const relative = relativeName(name, zone);
  return relative === '@' ? conventions.apex : relative;
}

/** A target (CNAME, MX, SRV): absolute names get their final dot where a bare name would be relative. */
export function targetText(target: string, conventions: Pick<EditorConventions, 'targetDot'>): string {
  return conventions.targetDot && target !== '' ? `${target}.` : target;
}

/** The TTL the site accepts, and a sentence when it is not the one asked for. */
export function siteTtl(ttl: number, policy: TtlPolicy): { ttl: number; note?: Localized } {
  let chosen = ttl;
  if (policy.presets && policy.presets.length > 0) {
    chosen = policy.presets.reduce((best, preset) => (Math.abs(preset - ttl) < Math.abs(best - ttl) ? preset : best));
  }
  if (policy.min !== undefined) chosen = Math.max(chosen, policy.min);
  if (policy.max !== undefined) chosen = Math.min(chosen, policy.max);
  if (chosen === ttl) return { ttl };
  return {
    ttl: chosen,
    note: localized({
      en: `This site does not offer a TTL of {ttl} s: {chosen} s (the nearest it takes) will be used.`,
      fr: `Ce site ne propose pas de TTL de {ttl} s : le TTL de {chosen} s (la valeur la plus proche qu’il accepte) sera utilisé.`,
    }, { ttl, chosen }),
  };
}

/**
 * A model record → the text of each form field, in the site's notation. SRV owners are split
 * into service/protocol/host where the site has separate fields. Pure.
 */
export function toSiteFields(record: DnsRecord, zone: string, conventions: EditorConventions): { fields: SiteFields; notes: Localized[] } {
  const fields: SiteFields = {};
  const notes: Localized[] = [];
  if (record.type === 'SRV' && conventions.srv === 'split-fields') {
    const [service = '', protocol = '', ...rest] = record.name.split('.');
    fields.service = service;
    fields.protocol = protocol;
    fields.host = hostText(rest.join('.'), zone, conventions);
  } else {
    fields.host = hostText(record.name, zone, conventions);
  }
  switch (record.type) {
    case 'CNAME':
    case 'MX':
    case 'SRV':
      fields.value = targetText(record.value, conventions);
      break;
    case 'TXT':
      fields.value = conventions.txtQuoted ? formatTxtValue(record.value) : record.value;
      break;
    default:
      fields.value = record.value;
  }
  if (record.priority !== undefined) fields.priority = String(record.priority);
  if (record.type === 'SRV' && conventions.srvValue === 'weight-port-target') {
    // One answer field holds the rest of the SRV data (Porkbun): `weight port target`.
    fields.value = `${record.weight ?? 0} ${record.port ?? 0} ${fields.value}`;
  } else if (record.type === 'SRV') {
    fields.weight = String(record.weight ?? 0);
    fields.port = String(record.port ?? 0);
  }
  const ttl = siteTtl(record.ttl, conventions.ttl);
  fields.ttl = String(ttl.ttl);
  if (ttl.note) notes.push(ttl.note);
  return { fields, notes };
}
