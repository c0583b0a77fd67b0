import { describe, expect, it } from 'vitest';
import { check, checkQuestions } from '../../../src/dns/check/check.js';
import type { Observation } from '../../../src/dns/types.js';
import { findGuide } from '../../../src/sites/guides.js';
import { guideProgress } from '../../../src/guides/progress.js';
import type { DnsRecord } from '../../../src/records/types.js';
import type { DesiredSet } from '../../../src/services/desired.js';
import { expandService } from '../../../src/services/expand.js';

/**
 * The guides' "done" rules against rows the real check writes (not hand-made ones): a rule that
 * cannot match what the check produces (a quoted TXT value, a full name) would never mark its step.
 */
const RESOLVER = 'https://r1.test/dns-query';

function setOf(service: string, domain: string, vars: Record<string, string>): DesiredSet {
  const result = expandService(service, domain, vars);
  if (!result.ok) throw new Error(result.problems[0]!.en);
  return result.set;
}

/** `MX example.com 1 mx0.mail.ovh.net` → a record as a resolver returns it. */
function rec(text: string): DnsRecord {
  const [type, name, ...rest] = text.split(' ') as [DnsRecord['type'], string, ...string[]];
  if (type === 'MX') return { type, name, ttl: 3600, priority: Number(rest[0]), value: rest[1]! };
  if (type === 'SRV') return { type, name, ttl: 3600, priority: Number(rest[0]), weight: Number(rest[1]), port: Number(rest[2]), value: rest[3]! };
  return { type, name, ttl: 3600, value: rest.join(' ') };
}

function observe(set: DesiredSet, zone: string[]): Observation[] {
  const records = zone.map(rec);
  return checkQuestions(set).map((q) => {
    const here = records.filter((r) => r.name === q.name && (r.type === q.type || r.type === 'CNAME'));
    return { ...q, byResolver: { [RESOLVER]: { ok: true as const, answer: { rcode: 'NOERROR', ad: false, records: here, nameservers: [] } } } };
  });
}

const statusOf = (guideId: string, rows: ReturnType<typeof check>, pageKind?: string) =>
  Object.fromEntries(guideProgress(findGuide(guideId)!, { rows, ...(pageKind && { pageKind }) }).map((s) => [s.id, s.status]));

const MX = (domain: string) => ['1 mx0', '5 mx1', '50 mx2', '100 mx3', '200 mx4'].map((m) => `MX ${domain} ${m}.mail.ovh.net`);

describe('guide progress from real check rows', () => {
  it('Email Pro: a correct zone marks every DNS step done, DKIM included', () => {
    const domain = 'shop.example.net';
    const vars = {
      server: 'pro3.mail.ovh.net', token: 'zz9q',
      dkim_selector1: 'ovhemp654321-selector1', dkim_target1: 'ovhemp654321-selector1._domainkey.3141592.cd.dkim.mail.ovh.net',
      dkim_selector2: 'ovhemp654321-selector2', dkim_target2: 'ovhemp654321-selector2._domainkey.3141592.cd.dkim.mail.ovh.net',
    };
    const set = setOf('ovh-email-pro', domain, vars);
    const zone = [
      ...MX(domain),
      `TXT ${domain} v=spf1 include:mx.ovh.com ~all`,
      `SRV _autodiscover._tcp.${domain} 0 0 443 pro3.mail.ovh.net`,
      `CNAME zz9q-check.${domain} ovh.com`,
      `CNAME ovhemp654321-selector1._domainkey.${domain} ${vars.dkim_target1}`,
      `CNAME ovhemp654321-selector2._domainkey.${domain} ${vars.dkim_target2}`,
    ];
    const rows = check(set, observe(set, zone));
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    expect(statusOf('email-pro-first-steps', rows, 'ovh-email-pro-domains')).toMatchObject({
      'cname-ownership': 'done', 'mx-records': 'done', 'srv-autodiscover': 'done', spf: 'done', 'diagnostic-badges': 'done', dkim: 'done',
    });
  });

  it('Email Pro: without the SPF, only the SPF step (and the overview) stay open', () => {
    const domain = 'shop.example.net';
    const set = setOf('ovh-email-pro', domain, { server: 'pro3.mail.ovh.net' });
    const rows = check(set, observe(set, [...MX(domain), `SRV _autodiscover._tcp.${domain} 0 0 443 pro3.mail.ovh.net`]));
    const states = statusOf('email-pro-first-steps', rows, 'ovh-email-pro-domains');
    expect(states).toMatchObject({ 'mx-records': 'done', 'srv-autodiscover': 'done', 'diagnostic-badges': 'todo' });
    expect(states.spf).not.toBe('done');
  });

  it('Hosted Exchange and on-premises: the SPF row (a quoted TXT) completes the steps that wait for it', () => {
    const hosted = setOf('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net' });
    const hostedRows = check(hosted, observe(hosted, [
      ...MX('example.com'), 'TXT example.com v=spf1 include:mx.ovh.com ~all', 'SRV _autodiscover._tcp.example.com 0 0 443 ex5.mail.ovh.net',
    ]));
    expect(statusOf('hosted-exchange-first-steps', hostedRows)['diagnostic-badges']).toBe('done');

    const onprem = setOf('exchange-onprem', 'contoso.com', { server_name: 'mail', ip: '198.51.100.7' });
    const onpremRows = check(onprem, observe(onprem, [
      'A mail.contoso.com 198.51.100.7', 'MX contoso.com 0 mail.contoso.com', 'TXT contoso.com v=spf1 a mx ~all',
      'SRV _autodiscover._tcp.contoso.com 0 0 443 mail.contoso.com',
    ]));
    expect(statusOf('exchange-onprem-essentials', onpremRows)['dns-records']).toBe('done');
  });
  it('Microsoft 365: verification, MX, autodiscover and SPF done from the check; DKIM stays open (the catalog has no DKIM rows)', () => {
    const domain = 'example.com';
    const set = setOf('microsoft-365', domain, { mx: 'example-com.mail.protection.outlook.com', verify: 'MS=ms12345678' });
    const zone = [
      `TXT ${domain} MS=ms12345678`,
      `MX ${domain} 0 example-com.mail.protection.outlook.com`,
      `CNAME autodiscover.${domain} autodiscover.outlook.com`,
      `TXT ${domain} v=spf1 include:spf.protection.outlook.com -all`,
    ];
    const rows = check(set, observe(set, zone));
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    expect(statusOf('microsoft-365-dns', rows, 'dns-zone')).toEqual({
      'tenant-values': 'done', 'verify-domain': 'done', mx: 'done', autodiscover: 'done', spf: 'done', dkim: 'current',
    });
    // Without the SPF and the autodiscover CNAME, those two stay open; the first open one on the editor is current.
    const partial = check(set, observe(set, zone.slice(0, 2)));
    expect(statusOf('microsoft-365-dns', partial, 'dns-zone')).toMatchObject({ 'tenant-values': 'done', 'verify-domain': 'done', mx: 'done', autodiscover: 'current', spf: 'todo' });
  });
});
