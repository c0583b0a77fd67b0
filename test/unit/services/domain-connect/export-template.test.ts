import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { expandService } from '../../../../src/services/expand.js';
import { applyTemplate } from '../../../../src/services/domain-connect/apply-template.js';
import { exportTemplate } from '../../../../src/services/domain-connect/export-template.js';
import { SERVICES } from '../../../../src/services/index.js';
import { lintTemplate } from './linter-rules.js';
import { DATA, officialTemplate } from './reference-data.js';

const schema = JSON.parse(readFileSync(`${DATA}template.schema.json`, 'utf8'));
// strict: false — the schema carries quicktype's own keywords (qt-uri-protocols), which ajv ignores then.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const fileName = (t: { providerId: string; serviceId: string }) => `${t.providerId.toLowerCase()}.${t.serviceId.toLowerCase()}.json`;

describe('services export: our services as Domain Connect templates', () => {
  test.each(SERVICES.map((s) => s.id))('%s passes the Templates repository JSON schema (ajv)', (id) => {
    const template = exportTemplate(SERVICES.find((s) => s.id === id)!);
    expect(validate(template) ? [] : validate.errors).toEqual([]);
  });

  test.each(SERVICES.map((s) => s.id))('%s raises none of the linter checks (dc-template-linter rules)', (id) => {
    const template = exportTemplate(SERVICES.find((s) => s.id === id)!);
    expect(lintTemplate(template as unknown as Record<string, unknown>, fileName(template))).toEqual([]);
  });

  test('the linter checks catch what the repository refuses (they are not empty checks)', () => {
    const outlook = officialTemplate('outlook.com.personalizedoutlookemail.json');
    expect(lintTemplate(outlook as unknown as Record<string, unknown>, 'outlook.com.personalizedoutlookemail.json')).toEqual(expect.arrayContaining(['DCTL1014', 'DCTL1029', 'DCTL1021']));
    expect(lintTemplate({ ...outlook, records: [{ type: 'CNAME', host: '@', pointsTo: '%x', ttl: 0 }] }, 'x.json')).toEqual(expect.arrayContaining(['DCTL1003', 'DCTL1012', 'DCTL1020', 'DCTL1005']));
  });

  test('follows the repository rules: SPF as SPFM, DMARC with a conflict mode and essential OnApply, syncPubKeyDomain set', () => {
    const template = exportTemplate(SERVICES.find((s) => s.id === 'ovh-hosted-exchange')!);
    expect(template).toMatchObject({ providerId: 'ovhcloud.com', serviceId: 'ovh-hosted-exchange', syncPubKeyDomain: 'ovhcloud.com' });
    expect(template.records.filter((r) => r.type === 'SPFM').map((r) => [r.groupId, r.spfRules])).toEqual([['spf-eu', 'include:mx.ovh.com'], ['spf-ca', 'include:mx.ovh.ca']]);
    expect(template.records.find((r) => r.host === '_dmarc')).toMatchObject({ type: 'TXT', data: '%dmarc%', txtConflictMatchingMode: 'Prefix', txtConflictMatchingPrefix: 'v=DMARC1', essential: 'OnApply' });
    expect(template.records.some((r) => r.type === 'TXT' && r.data?.startsWith('v=spf1'))).toBe(false);
    expect(exportTemplate(SERVICES.find((s) => s.id === 'microsoft-365')!).providerId).toBe('microsoft.com');
    expect(exportTemplate(SERVICES.find((s) => s.id === 'ovh-mx-plan')!, { providerId: 'example.net' })).toMatchObject({ providerId: 'example.net', syncPubKeyDomain: 'example.net' });
  });

  test('applying an exported template gives the records our own expansion gives', () => {
    const cases: { id: string; vars: Record<string, string>; groups: string[] }[] = [
      { id: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd', cname_target: 'ovh.com', dmarc: 'v=DMARC1; p=none' }, groups: ['mx-eu', 'spf-eu', 'autodiscover', 'ownership', 'dmarc'] },
      { id: 'exchange-onprem', vars: { ip: '203.0.113.10', server_name: 'mail' }, groups: ['server', 'mx', 'spf', 'autodiscover'] },
      { id: 'ovh-private-exchange', vars: { server_name: 'exchange', ipv4: '198.51.100.25', ipv6: '2001:db8::25' }, groups: ['server', 'spf'] },
    ];
    for (const { id, vars, groups } of cases) {
      const ours = expandService(id, 'example.com', vars);
      const applied = applyTemplate(exportTemplate(SERVICES.find((s) => s.id === id)!), { domain: 'example.com', vars, groups });
      const shape = (result: typeof ours) => (result.ok ? result.set.records.map((r) => `${r.type} ${r.name} ${r.priority ?? ''} ${r.value}`).sort() : result.problems.map((p) => p.en));
      expect(shape(applied)).toEqual(shape(ours));
    }
  });

  test.each(SERVICES.map((s) => s.id))('%s: the stored export (test/data/domain-connect/exported/) is what the command prints', (id) => {
    const template = exportTemplate(SERVICES.find((s) => s.id === id)!);
    const stored = JSON.parse(readFileSync(`${DATA}exported/${fileName(template)}`, 'utf8'));
    expect(template).toEqual(stored);
  });
});
