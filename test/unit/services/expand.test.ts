import { describe, expect, it } from 'vitest';
import type { DesiredRecord } from '../../../src/services/desired.js';
import { expandService } from '../../../src/services/expand.js';
import { validateVariables } from '../../../src/services/service-variables.js';
import { findService } from '../../../src/services/index.js';

/** `MX example.com 1 mx0.mail.ovh.net` — compact enough to read a whole set in one assertion. */
function brief(record: DesiredRecord): string {
  const numbers = [record.priority, record.weight, record.port].filter((n) => n !== undefined);
  return [record.type, record.name, ...numbers, record.value].join(' ');
}

function records(service: string, domain: string, vars: Record<string, string>): string[] {
  const result = expandService(service, domain, vars);
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join('\n'));
  return result.set.records.map(brief);
}

function problems(service: string, domain: string, vars: Record<string, string>): string[] {
  const result = expandService(service, domain, vars);
  return result.ok ? [] : result.problems.map((p) => p.en);
}

/** Whole sets as each service's guide (or seed) writes them: the service, the domain as typed, its variables, the records. */
const WHOLE_SETS: { title: string; service: string; domain: string; vars: Record<string, string>; set: string[] }[] = [
  {
    title: 'the Hosted Exchange set: guide MX, SPF, SRV, token CNAME, DKIM',
    service: 'ovh-hosted-exchange',
    domain: 'Example.COM',
    vars: {
      server: 'ex5.mail.ovh.net', token: 'ab1cd-check',
      dkim_selector1: 'ovhex1-selector1', dkim_target1: 'ovhex1-selector1._domainkey.1.aa.dkim.mail.ovh.net.',
    },
    set: [
      'MX example.com 1 mx0.mail.ovh.net',
      'MX example.com 5 mx1.mail.ovh.net',
      'MX example.com 50 mx2.mail.ovh.net',
      'MX example.com 100 mx3.mail.ovh.net',
      'MX example.com 200 mx4.mail.ovh.net',
      'TXT example.com v=spf1 include:mx.ovh.com ~all',
      'SRV _autodiscover._tcp.example.com 0 0 443 ex5.mail.ovh.net',
      'CNAME ab1cd-check.example.com ovh.com',
      'CNAME ovhex1-selector1._domainkey.example.com ovhex1-selector1._domainkey.1.aa.dkim.mail.ovh.net',
    ],
  },
  {
    title: 'Private Exchange SPF without ip6: when the platform has no IPv6 (OVHcloud SPF guide)',
    service: 'ovh-private-exchange',
    domain: 'example.com',
    vars: { server_name: 'exchange', ipv4: '198.51.100.25' },
    set: ['TXT example.com v=spf1 ip4:198.51.100.25 ~all', 'A exchange.example.com 198.51.100.25'],
  },
  {
    title: "seed 002's on-premises table",
    service: 'exchange-onprem',
    domain: 'contoso.com',
    vars: { ip: '203.0.113.10' },
    set: [
      'MX contoso.com 0 mail.contoso.com',
      'TXT contoso.com v=spf1 a mx ~all',
      'SRV _autodiscover._tcp.contoso.com 0 0 443 mail.contoso.com',
      'A mail.contoso.com 203.0.113.10',
    ],
  },
  {
    title: 'Microsoft 365 with a prefixed verification and -all',
    service: 'microsoft-365',
    domain: 'example.com',
    vars: { mx: 'example-com.mail.protection.outlook.com', verify: 'ms12345678' },
    set: [
      'MX example.com 0 example-com.mail.protection.outlook.com',
      'TXT example.com MS=ms12345678',
      'TXT example.com v=spf1 include:spf.protection.outlook.com -all',
      'CNAME autodiscover.example.com autodiscover.outlook.com',
    ],
  },
];

describe('expandService', () => {
  for (const { title, service, domain, vars, set } of WHOLE_SETS) {
    it(`writes ${title}`, () => {
      expect(records(service, domain, vars)).toEqual(set);
    });
  }

  it('uses the Canadian MX set and SPF include for region ca', () => {
    const set = records('ovh-email-pro', 'example.ca', { server: 'pro1.mail.ovh.net', region: 'CA' });
    expect(set.filter((r) => r.startsWith('MX')).map((r) => r.split(' ').pop())).toEqual(
      ['mx0', 'mx1', 'mx2', 'mx3', 'mx4'].map((h) => `${h}.mail.ovh.ca`),
    );
    expect(set).toContain('TXT example.ca v=spf1 include:mx.ovh.ca ~all');
  });

  it('leaves the ownership CNAME out without a token, and takes a reseller target', () => {
    expect(records('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net' }).some((r) => r.includes('-check'))).toBe(false);
    expect(records('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net', token: 'Zz9', cname_target: 'ex-mail.biz' }))
      .toContain('CNAME zz9-check.example.com ex-mail.biz');
  });

  it('writes Private Exchange A/AAAA for the platform name, however it is given, and its SPF', () => {
    for (const server_name of ['exchange', 'exchange.example.com', 'exchange.example.com.']) {
      expect(records('ovh-private-exchange', 'example.com', { server_name, ipv4: '198.51.100.25', ipv6: '2001:DB8::25' })).toEqual([
        'TXT example.com v=spf1 ip4:198.51.100.25 ip6:2001:db8::25 ~all',
        'A exchange.example.com 198.51.100.25',
        'AAAA exchange.example.com 2001:db8::25',
      ]);
    }
  });

  it('writes MX Plan DKIM CNAMEs once the panel gives the ovhmo selectors, none without them', () => {
    const dkim = { dkim_selector1: 'ovhmo123456-selector1', dkim_target1: 'ovhmo123456-selector1._domainkey.1500.ab.dkim.mail.ovh.net', dkim_selector2: 'ovhmo123456-selector2', dkim_target2: 'ovhmo123456-selector2._domainkey.1500.ab.dkim.mail.ovh.net' };
    expect(records('ovh-mx-plan', 'example.com', dkim).filter((r) => r.startsWith('CNAME'))).toEqual([
      'CNAME ovhmo123456-selector1._domainkey.example.com ovhmo123456-selector1._domainkey.1500.ab.dkim.mail.ovh.net',
      'CNAME ovhmo123456-selector2._domainkey.example.com ovhmo123456-selector2._domainkey.1500.ab.dkim.mail.ovh.net',
    ]);
    expect(records('ovh-mx-plan', 'example.com', {}).filter((r) => r.startsWith('CNAME'))).toEqual([]);
  });

  it('takes the 2026 Microsoft 365 MX and DKIM forms as well as the old ones, and refuses other hosts', () => {
    const vars = { mx: 'example-com.a-v1.mx.microsoft', verify: 'ms12345678', dkim_target1: 'selector1-example-com._domainkey.contoso.r-v1.dkim.mail.microsoft' };
    expect(records('microsoft-365', 'example.com', vars)).toContain('MX example.com 0 example-com.a-v1.mx.microsoft');
    expect(records('microsoft-365', 'example.com', vars)).toContain('CNAME selector1._domainkey.example.com selector1-example-com._domainkey.contoso.r-v1.dkim.mail.microsoft');
    const wrong = expandService('microsoft-365', 'example.com', { mx: 'mx.example.net', verify: 'ms12345678' });
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.en)).toEqual([expect.stringContaining('is not a Microsoft 365 host')]);
  });

  it('adds Microsoft 365 DKIM CNAMEs only for the targets the tenant gave', () => {
    const base = { mx: 'example-com.mail.protection.outlook.com', verify: 'MS=ms12345678' };
    const dkim = (vars: Record<string, string>) => records('microsoft-365', 'example.com', { ...base, ...vars }).filter((line) => line.includes('_domainkey'));
    expect(dkim({})).toEqual([]);
    expect(dkim({ dkim_target1: 'selector1-example-com._domainkey.example.onmicrosoft.com', dkim_target2: 'selector2-example-com._domainkey.example.onmicrosoft.com' })).toEqual([
      'CNAME selector1._domainkey.example.com selector1-example-com._domainkey.example.onmicrosoft.com',
      'CNAME selector2._domainkey.example.com selector2-example-com._domainkey.example.onmicrosoft.com',
    ]);
  });

  it('adds DMARC to any service when asked', () => {
    expect(records('ovh-mx-plan', 'example.com', { dmarc: 'v=DMARC1; p=none' })).toContain('TXT _dmarc.example.com v=DMARC1; p=none');
  });

  it('writes IDN domains in punycode', () => {
    expect(records('ovh-mx-plan', 'exämple.com', {})[0]).toBe('MX xn--exmple-cua.com 1 mx0.mail.ovh.net');
  });

  it('refuses with every problem named', () => {
    expect(problems('ovh-hosted-exchange', 'example.com', {})).toEqual([expect.stringMatching(/^server is required/)]);
    expect(problems('nope', 'example.com', {})[0]).toMatch(/Unknown service "nope"; known services: ovh-hosted-exchange/);
    expect(problems('ovh-mx-plan', 'example.com', { colour: 'red' })[0]).toMatch(/no variable "colour"/);
    expect(problems('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net', token: 'a b' })[0]).toMatch(/^token: "a b" is not a token/);
    expect(problems('ovh-mx-plan', 'example.com', { region: 'us' })[0]).toMatch(/^region: "us" is not a region/);
    expect(problems('microsoft-365', 'example.com', { mx: 'x.mail.protection.outlook.com', verify: 'MS=abc' })[0]).toMatch(/^verify:/);
    expect(problems('exchange-onprem', 'example.com', { ip: '300.1.1.1' })[0]).toMatch(/^ip:/);
    expect(problems('ovh-mx-plan', 'example.com', { dmarc: 'p=none' })[0]).toMatch(/^dmarc:/);
    expect(problems('ovh-mx-plan', '', {})[0]).toMatch(/domain is empty/);
    expect(problems('ovh-mx-plan', 'exa mple.com', {}).length).toBeGreaterThan(0);
    expect(problems('ovh-private-exchange', 'example.com', { server_name: 'exchange.other.org.', ipv4: '198.51.100.25' })[0]).toMatch(/not inside example.com/);
    expect(problems('ovh-hosted-exchange', 'example.com', { server: 'ex5.mail.ovh.net', dkim_selector1: 'ovhex1-selector1' })[0]).toMatch(/needs dkim_target1/);
  });

  it('gives every problem in French too', () => {
    const result = expandService('ovh-hosted-exchange', 'example.com', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.fr).toMatch(/^server est obligatoire/);
  });
});

describe('validateVariables', () => {
  it('reports per variable as the user types', () => {
    const problems = validateVariables(findService('ovh-hosted-exchange')!, { server: '', token: 'ab-cd' });
    expect(problems.server).toHaveLength(1);
    expect(problems.token).toHaveLength(1);
    expect(problems.region).toEqual([]);
  });
});

describe('names inside the zone', () => {
  it('refuses a dotted server name from another domain instead of appending the zone', () => {
    expect(problems('ovh-private-exchange', 'example.com', { server_name: 'exchange.example.org', ipv4: '198.51.100.25' })[0])
      .toMatch(/not inside example.com: give the name alone/);
  });
});
