import { describe, expect, test } from 'vitest';
import { hostText, siteTtl, targetText, toSiteFields } from '../../../src/fill/notation.js';
import type { EditorConventions } from '../../../src/fill/editor-spec.js';
import type { DnsRecord } from '../../../src/records/types.js';

const COMMON: EditorConventions = { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} };
const OVH_LIKE: EditorConventions = { apex: '', host: 'relative', targetDot: true, srv: 'name-in-host', txtQuoted: true, ttl: { min: 60 } };
const FQDN: EditorConventions = { ...COMMON, host: 'fqdn', srv: 'split-fields', ttl: { presets: [600, 1800, 3600, 86400] } };

const srv: DnsRecord = { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 };

describe('site notation', () => {
  test('hosts: apex as @ or blank, relative labels, or the full name', () => {
    expect(hostText('example.com', 'example.com', COMMON)).toBe('@');
    expect(hostText('example.com', 'example.com', OVH_LIKE)).toBe('');
    expect(hostText('www.example.com', 'example.com', COMMON)).toBe('www');
    expect(hostText('www.example.com', 'example.com', FQDN)).toBe('www.example.com');
    // Zone-file style (a name without its final dot is relative): a full name needs the dot.
    expect(hostText('www.example.com', 'example.com', { ...FQDN, targetDot: true })).toBe('www.example.com.');
    expect(hostText('example.com', 'example.com', { ...FQDN, targetDot: true })).toBe('example.com.');
  });

  test('targets get a final dot only where a bare name is relative to the zone', () => {
    expect(targetText('mx0.mail.ovh.net', COMMON)).toBe('mx0.mail.ovh.net');
    expect(targetText('mx0.mail.ovh.net', OVH_LIKE)).toBe('mx0.mail.ovh.net.');
  });

  test('SRV: the name in the host field, or split into service, protocol and host', () => {
    expect(toSiteFields(srv, 'example.com', COMMON).fields).toEqual({ host: '_autodiscover._tcp', value: 'ex5.mail.ovh.net', priority: '0', weight: '0', port: '443', ttl: '3600' });
    expect(toSiteFields(srv, 'example.com', FQDN).fields).toMatchObject({ service: '_autodiscover', protocol: '_tcp', host: 'example.com' });
  });

  test('SRV: one answer "weight port target" where the site has no weight and port fields (Porkbun), priority apart', () => {
    const porkbunLike: EditorConventions = { ...COMMON, apex: '', srvValue: 'weight-port-target' };
    expect(toSiteFields({ ...srv, weight: 5 }, 'example.com', porkbunLike).fields).toEqual({ host: '_autodiscover._tcp', value: '5 443 ex5.mail.ovh.net', priority: '0', ttl: '3600' });
    expect(toSiteFields(srv, 'example.com', { ...porkbunLike, targetDot: true }).fields.value).toBe('0 443 ex5.mail.ovh.net.');
  });

  test('TXT quoted where the site wants quotes, long texts split in 255-byte strings', () => {
    const txt: DnsRecord = { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 include:mx.ovh.com ~all' };
    expect(toSiteFields(txt, 'example.com', COMMON).fields.value).toBe('v=spf1 include:mx.ovh.com ~all');
    expect(toSiteFields(txt, 'example.com', OVH_LIKE).fields.value).toBe('"v=spf1 include:mx.ovh.com ~all"');
    const long = { ...txt, value: 'x'.repeat(300) };
    expect(toSiteFields(long, 'example.com', OVH_LIKE).fields.value).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(45)}"`);
  });

  test('TTL: nearest preset or the minimum, with a sentence in both languages when it changes', () => {
    expect(siteTtl(3600, {})).toEqual({ ttl: 3600 });
    expect(siteTtl(3000, FQDN.ttl).ttl).toBe(3600);
    expect(siteTtl(30, { min: 60 }).ttl).toBe(60);
    const note = siteTtl(7200, FQDN.ttl).note!;
    expect(note.en).toContain('3600 s');
    expect(note.fr).toContain('3600\u00a0s');
    expect(toSiteFields({ ...srv, ttl: 7200 }, 'example.com', FQDN).notes).toHaveLength(1);
  });
});
