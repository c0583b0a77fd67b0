import { describe, expect, test } from 'vitest';
import { planFill } from '../../../../src/fill/plan.js';
import { RECORD_TYPES } from '../../../../src/records/types.js';
import { applyTemplate, type ApplyOptions } from '../../../../src/services/domain-connect/apply-template.js';
import { parseTemplate } from '../../../../src/services/domain-connect/parse-template.js';
import type { DcRecord, DcTemplate } from '../../../../src/services/domain-connect/template-types.js';
import { officialTemplate } from './reference-data.js';

const template = (records: DcRecord[], extra: Partial<DcTemplate> = {}): DcTemplate => ({
  providerId: 'example.net', providerName: 'Example', serviceId: 'mail', serviceName: 'Mail', records, ...extra,
});

function lines(t: DcTemplate, options: Partial<ApplyOptions> = {}): string[] {
  const result = applyTemplate(t, { domain: 'example.com', vars: {}, ...options });
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join(' '));
  return result.set.records.map((r) => [r.type, r.name, r.priority, r.value].filter((x) => x !== undefined).join(' '));
}

function problems(t: DcTemplate, options: Partial<ApplyOptions> = {}): string[] {
  const result = applyTemplate(t, { domain: 'example.com', vars: {}, ...options });
  return result.ok ? [] : result.problems.map((p) => p.en);
}

describe('applyTemplate: variables', () => {
  const mx = template([{ type: 'MX', host: '@', pointsTo: '%MX%', priority: 0, ttl: 3600 }]);

  test('%MX% takes --var MX= and --var mx= alike', () => {
    expect(lines(mx, { vars: { MX: 'a.example.net' } })).toEqual(['MX example.com 0 a.example.net']);
    expect(lines(mx, { vars: { mx: 'a.example.net' } })).toEqual(['MX example.com 0 a.example.net']);
  });

  test('missing variables are named together; unknown and built-in ones are refused', () => {
    const two = template([{ type: 'TXT', host: '@', data: '%a%-%B%', ttl: 60 }]);
    expect(problems(two)).toEqual(['The template needs a value for a, B: give each one (--var NAME=VALUE on the command line).']);
    expect(problems(mx, { vars: { MX: 'a.example.net', other: 'x' } })).toEqual(['The template has no variable "other"; it takes: MX.']);
    expect(problems(mx, { vars: { MX: 'a.example.net', domain: 'x' } })[0]).toMatch(/set by the application itself/);
  });

  test('a value with control characters is refused', () => {
    expect(problems(mx, { vars: { MX: 'a.example.net\u001b[2K' } })[0]).toMatch(/control or invisible characters/);
    // Found by the fuzz suite: the line and paragraph separators (Zl, Zp) passed the Cc/Cf rule into a TXT value.
    const txt = template([{ type: 'TXT', host: '@', data: '%v%', ttl: 60 }]);
    for (const separator of ['\u2028', '\u2029']) expect(problems(txt, { vars: { v: `v=spf1${separator} -all` } })[0]).toMatch(/control or invisible characters/);
  });

  test('%domain%, %host% and %fqdn% are the applied domain and host; a value holding % is not read again', () => {
    const t = template([{ type: 'TXT', host: '@', data: 'd=%domain% h=%host% f=%fqdn% v=%v%', ttl: 60 }]);
    expect(lines(t, { host: 'shop', vars: { v: '%domain%' } })).toEqual(['TXT shop.example.com d=example.com h=shop f=shop.example.com v=%domain%']);
  });
});

describe('applyTemplate: names (spec "Host/Name" and "PointsTo")', () => {
  test('hosts are relative to [host.]domain, @ is that name, a final dot makes a host absolute', () => {
    const t = template([
      { type: 'CNAME', host: 'www', pointsTo: '@', ttl: 60 },
      { type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 60 },
      { type: 'TXT', host: 'x.example.com.', data: 'y', ttl: 60 },
    ]);
    expect(lines(t)).toEqual(['A example.com 192.0.2.1', 'TXT x.example.com y', 'CNAME www.example.com example.com']);
    expect(lines(t, { host: 'shop' })).toEqual(['TXT x.example.com y', 'CNAME www.shop.example.com shop.example.com', 'A shop.example.com 192.0.2.1']);
  });

  test('targets without a final dot are fully qualified, never relative to the zone', () => {
    const t = template([{ type: 'MX', host: '@', pointsTo: 'ASPMX.L.GOOGLE.COM', priority: 1, ttl: 60 }, { type: 'CNAME', host: 'imap', pointsTo: 'mail.%domain%', ttl: 60 }]);
    expect(lines(t, { host: 'sub' })).toEqual(['MX sub.example.com 1 aspmx.l.google.com', 'CNAME imap.sub.example.com mail.example.com']);
  });

  test('an absolute host outside the zone, and a bad --host, are refused', () => {
    expect(problems(template([{ type: 'TXT', host: 'evil.example.org.', data: 'x', ttl: 60 }]))[0]).toMatch(/outside example.com/);
    expect(problems(template([{ type: 'TXT', host: '@', data: 'x', ttl: 60 }]), { host: 'other.example.org.' })[0]).toMatch(/--host/);
  });

  test('hostRequired templates need --host', () => {
    expect(problems(template([{ type: 'CNAME', host: '@', pointsTo: 'x.example.net', ttl: 60 }], { hostRequired: true }))).toEqual([
      'This template applies only below the domain: give the sub-domain with --host (e.g. --host shop).',
    ]);
  });
});

describe('applyTemplate: SPF, TXT conflicts, groups', () => {
  test('every SPFM of a name, and a raw v=spf1 TXT, merge into one SPF record', () => {
    const t = template([
      { type: 'SPFM', host: '@', spfRules: 'include:a.example.net' },
      { type: 'SPFM', host: '@', spfRules: 'include:b.example.net include:a.example.net' },
      { type: 'TXT', host: '@', data: 'v=spf1 ip4:192.0.2.1 -all', ttl: 60 },
    ]);
    expect(lines(t)).toEqual(['TXT example.com v=spf1 include:a.example.net include:b.example.net ip4:192.0.2.1 -all']);
  });

  test('SPF rules receivers would reject, or a modifier taking over the policy, are refused with a sentence (never a crash later)', () => {
    const spfm = template([{ type: 'SPFM', host: '@', spfRules: 'include:%relay%' }]);
    expect(problems(spfm, { vars: { relay: 'mail' } })).toEqual([expect.stringMatching(/^The template's SPF rule "include:mail" cannot be used: .* Check the value/)]);
    const raw = template([{ type: 'TXT', host: 'mail', data: 'v=spf1 %rules% ~all' }]);
    expect(problems(raw, { vars: { rules: 'token123' } })[0]).toMatch(/SPF rule "token123" cannot be used/);
    expect(problems(template([{ type: 'SPFM', host: '@', spfRules: 'redirect=_spf.example.net' }]))[0]).toMatch(/"redirect=_spf.example.net" would take over the whole SPF policy/);
  });

  test('a raw SPF TXT whose conflict mode covers every SPF (Prefix v=spf1, All) replaces the policy: kept whole, the old SPF its conflict', () => {
    const t = template([{ type: 'TXT', host: '@', data: 'v=spf1 redirect=_spf.example.net', txtConflictMatchingMode: 'Prefix', txtConflictMatchingPrefix: 'v=spf1' }]);
    const result = applyTemplate(t, { domain: 'example.com', vars: {} });
    if (!result.ok) throw new Error('applied');
    expect(result.set.records).toMatchObject([{ type: 'TXT', value: 'v=spf1 redirect=_spf.example.net', txtConflict: { mode: 'Prefix' } }]);
    expect(result.set.records[0]!.spf).toBeUndefined();
    const zone = [
      { type: 'TXT' as const, name: 'example.com', ttl: 300, value: 'v=spf1 include:old.example.org ~all' },
      { type: 'TXT' as const, name: 'example.com', ttl: 300, value: 'site-verification=abc' },
    ];
    const plan = planFill(result.set, zone, RECORD_TYPES, { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} }, { replaceSpf: true });
    expect(plan.toAdd).toEqual([]);
    expect(plan.conflicts.map((c) => [c.kind, c.existing.map((r) => r.value), c.desired?.value])).toEqual([['different-value', ['v=spf1 include:old.example.org ~all'], 'v=spf1 redirect=_spf.example.net']]);
  });

  test('txtConflictMatchingMode All and Prefix are carried to the check and the plan', () => {
    const result = applyTemplate(officialTemplate('zoho.com.zmail_hosting.json'), { domain: 'example.com', vars: { dmarc_data: 'v=DMARC1; p=none' }, groups: ['zoho-dmarc'] });
    expect(result.ok && result.set.records[0]).toMatchObject({ name: '_dmarc.example.com', txtConflict: { mode: 'All' }, essential: 'OnApply' });
    const forward = applyTemplate(officialTemplate('forwardemail.net.email.json'), { domain: 'example.com', vars: { domainId: 'x' }, groups: ['dmarc'] });
    expect(forward.ok && forward.set.records[0]?.txtConflict).toEqual({ mode: 'Prefix', prefix: 'v=DMARC1' });
  });

  test('a TXT in All mode makes every other TXT at its name a conflict of the plan, shown and never deleted', () => {
    const result = applyTemplate(officialTemplate('zoho.com.zmail_hosting.json'), { domain: 'example.com', vars: { dmarc_data: 'v=DMARC1; p=none' }, groups: ['zoho-dmarc'] });
    if (!result.ok) throw new Error('applied');
    const zone = [
      { type: 'TXT' as const, name: '_dmarc.example.com', ttl: 300, value: 'v=DMARC1; p=none' },
      { type: 'TXT' as const, name: '_dmarc.example.com', ttl: 300, value: 'left over' },
    ];
    const plan = planFill(result.set, zone, RECORD_TYPES, { apex: '@', host: 'relative', targetDot: false, srv: 'name-in-host', txtQuoted: false, ttl: {} });
    expect(plan.present.map((r) => r.value)).toEqual(['v=DMARC1; p=none']);
    expect(plan.conflicts.map((c) => [c.kind, c.existing.map((r) => r.value)])).toEqual([['txt', ['left over']]]);
    expect(plan.conflicts[0]!.message.en).toMatch(/^Conflicting record: TXT "left over" at _dmarc.example.com/);
  });

  test('--group selects records (records without a group always apply); an unknown group is named with the known ones', () => {
    const o365 = officialTemplate('microsoft.com.o365.json');
    expect(lines(o365, { groups: ['Verification'], vars: { VERIFYTXT: 'MS=ms1' } })).toEqual(['TXT example.com MS=ms1']);
    expect(problems(o365, { groups: ['Nope'] })[0]).toBe('The template has no group "Nope"; its groups are: Login, Outlook, Skype, MDM, Auth, Verification, DKIM.');
  });

  test('record types this tool does not write are refused unless their group is left out', () => {
    const zoho = officialTemplate('zoho.com.zmail_hosting.json');
    expect(problems(zoho, { groups: ['zoho-redir301'], vars: { target: 'https://example.net' } })[0]).toMatch(/does not write REDIR301 records: leave out group "zoho-redir301"/);
  });

  test('records of the template that cannot share a name (a CNAME beside anything else) are refused, naming the groups to choose from; the same record twice is one', () => {
    const t = template([
      { type: 'A', host: 'www', pointsTo: '192.0.2.1', groupId: 'ip' },
      { type: 'CNAME', host: 'www', pointsTo: 'sites.example.net', groupId: 'alias' },
      { type: 'TXT', host: 'www', data: 'verify=1', groupId: 'alias' },
    ]);
    expect(problems(t)).toEqual(['The template writes an alias (CNAME) at www.example.com together with A, TXT, and a name with an alias can hold nothing else: apply its groups ip, alias one at a time, or leave them out (--group).']);
    expect(problems(t, { groups: ['ip'] })).toEqual([]);
    expect(lines(template([{ type: 'CNAME', host: 'x', pointsTo: 'a.example.net', groupId: 'g1' }, { type: 'CNAME', host: 'x', pointsTo: 'A.example.net.', groupId: 'g2' }]))).toEqual(['CNAME x.example.com a.example.net']);
    expect(problems(template([{ type: 'CNAME', host: 'x', pointsTo: 'a.example.net' }, { type: 'CNAME', host: 'x', pointsTo: 'b.example.net' }]))[0]).toMatch(/cannot be applied as it is/);
  });

  test('the service id is dc:<providerId>/<serviceId>, case kept', () => {
    const result = applyTemplate(officialTemplate('microsoft.com.o365.json'), { domain: 'example.com', vars: { VERIFYTXT: 'MS=ms1' }, groups: ['Verification'] });
    expect(result.ok && result.set.serviceId).toBe('dc:microsoft.com/O365');
  });
});

describe('parseTemplate: what official templates hold', () => {
  const read = (value: object) => {
    const parsed = parseTemplate(JSON.stringify(value));
    return parsed.ok ? parsed.template : parsed.problems.map((p) => p.en);
  };

  test('a % in the logo URL or a description is text, not a variable (only records are substituted)', () => {
    const t = template([{ type: 'TXT', host: '@', data: 'v=%v%' }], { logoUrl: 'https://example.net/logo%20big.png', variableDescription: '100% of %v is the token' });
    expect(read(t)).toMatchObject({ logoUrl: 'https://example.net/logo%20big.png', variableDescription: '100% of %v is the token' });
  });

  test('an APEXCNAME without host is read (its owner is always the apex)', () => {
    expect(read(template([{ type: 'APEXCNAME', pointsTo: 'edge.example.net', groupId: 'apex' }]))).toMatchObject({ records: [{ type: 'APEXCNAME' }] });
  });

  test('an essential word other than Always or OnApply is left out, not refused; a non-text one is refused', () => {
    const word = read(template([{ type: 'TXT', host: '@', data: 'x', essential: 'No' as 'Always' }]));
    expect(word).toMatchObject({ records: [{ type: 'TXT' }] });
    expect(typeof word === 'object' && !Array.isArray(word) && word.records[0]!.essential).toBeUndefined();
    expect(read(template([{ type: 'TXT', host: '@', data: 'x', essential: 1 as unknown as 'Always' }]))).toEqual([expect.stringMatching(/"essential" must be Always or OnApply/)]);
  });
});

describe('parseTemplate: hostile input', () => {
  const good = JSON.stringify(template([{ type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 60 }]));

  test('reads the 13 official templates stored as test data', () => {
    expect(officialTemplate('microsoft.com.o365.json').records).toHaveLength(14);
  });

  test('refuses what is not a template, each time with a sentence', () => {
    const refused = (text: string) => {
      const parsed = parseTemplate(text);
      return parsed.ok ? [] : parsed.problems.map((p) => p.en);
    };
    expect(parseTemplate(good).ok).toBe(true);
    expect(refused('{')).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(refused('[]')).toEqual([expect.stringMatching(/not a JSON object/)]);
    expect(refused(' '.repeat(70_000))).toEqual([expect.stringMatching(/bytes/)]);
    expect(refused(good.replace('"192.0.2.1"', '{"x":1}'))).toEqual(expect.arrayContaining([expect.stringMatching(/"pointsTo" must be text/)]));
    expect(refused(good.replace('"ttl":60', '"ttl":"60s"'))).toEqual([expect.stringMatching(/"ttl" must be a whole number/)]);
    expect(refused(good.replace('"serviceId":"mail"', '"serviceId":"ma il/x"'))).toEqual([expect.stringMatching(/serviceId "ma il\/x" may hold only/)]);
    expect(refused(good.replace('"host":"@"', '"host":"%x"'))).toEqual([expect.stringMatching(/without its partner/)]);
    expect(refused(good.replace('"host":"@"', '"host":"\\u202e@"'))).toEqual([expect.stringMatching(/control or invisible/)]);
    expect(refused(good.replace('"host":"@"', '"host":"\\u2028@"'))).toEqual([expect.stringMatching(/control or invisible/)]);
    expect(refused(JSON.stringify(template(Array.from({ length: 201 }, () => ({ type: 'A', host: '@', pointsTo: '192.0.2.1' })))))).toEqual([expect.stringMatching(/more than 200 records/)]);
    expect(refused(JSON.stringify({ ...template([]), records: [{ type: 'SRV', name: '@' }] }))).toHaveLength(6);
  });
});
