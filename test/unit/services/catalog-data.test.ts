import { describe, expect, it } from 'vitest';
import { COMMON_RECORDS, COMMON_VARIABLES } from '../../../src/services/common-records.js';
import { expandService } from '../../../src/services/expand.js';
import { serviceVariables } from '../../../src/services/service-variables.js';
import { SERVICES } from '../../../src/services/index.js';
import { variablesIn } from '../../../src/services/template-record.js';
import type { ServiceTemplate, TemplateRecord } from '../../../src/services/types.js';

/**
 * Rules about the catalog data, each with a stable code (as Domain Connect's linter does), so a
 * failure names the rule and the service.
 */
function audit(service: ServiceTemplate): string[] {
  const problems: string[] = [];
  const declared = new Set(serviceVariables(service).map((v) => v.name));
  const templates: TemplateRecord[] = [...service.records, ...COMMON_RECORDS, ...(service.alternatives ?? []).flatMap((a) => a.records)];
  const used = new Set(templates.flatMap(variablesIn));
  for (const template of templates) {
    if (!template.source.trim()) problems.push(`DSA001 record without source: ${JSON.stringify(template)}`);
    if (template.type === 'TXT' && /^v=spf1\b/i.test(template.data)) problems.push('DSA002 SPF written as TXT: use SPFM');
    if (template.type === 'SPFM' && template.host !== '@') problems.push('DSA003 SPFM outside the apex');
    for (const name of variablesIn(template)) if (!declared.has(name)) problems.push(`DSA004 undeclared variable %${name}%`);
    for (const [name, values] of Object.entries(template.when ?? {})) {
      const spec = service.variables.find((v) => v.name === name);
      if (!spec) problems.push(`DSA005 when on undeclared variable ${name}`);
      for (const value of values) if (spec?.kind === 'region' && !['eu', 'ca'].includes(value)) problems.push(`DSA006 unknown region ${value}`);
    }
  }
  for (const spec of service.variables) {
    if (!used.has(spec.name) && !templates.some((t) => t.when?.[spec.name])) problems.push(`DSA007 variable ${spec.name} declared, never used`);
    if (!spec.description.en || !spec.description.fr) problems.push(`DSA008 variable ${spec.name} lacks EN or FR text`);
    if (!spec.label.en || !spec.label.fr) problems.push(`DSA010 variable ${spec.name} lacks an EN or FR label`);
    if (!spec.example) problems.push(`DSA009 variable ${spec.name} has no example`);
  }
  if (!service.description.en || !service.description.fr) problems.push('DSA008 service lacks EN or FR description');
  return problems;
}

/** Every variable set to its example: the fullest record set a service can produce. */
function examples(service: ServiceTemplate): Record<string, string> {
  return Object.fromEntries(serviceVariables(service).map((v) => [v.name, v.example]));
}

describe('the service catalog (data rules)', () => {
  it('has unique ids', () => {
    expect(new Set(SERVICES.map((s) => s.id)).size).toBe(SERVICES.length);
  });

  it('keeps the public service ids', () => {
    expect(SERVICES.map((s) => s.id)).toEqual([
      'ovh-hosted-exchange', 'ovh-email-pro', 'ovh-private-exchange', 'ovh-mx-plan', 'exchange-onprem', 'microsoft-365',
    ]);
  });

  it('offers dmarc to every service', () => {
    expect(COMMON_VARIABLES.map((v) => v.name)).toEqual(['dmarc']);
  });

  for (const service of SERVICES) {
    describe(service.id, () => {
      it('passes every data rule', () => {
        expect(audit(service)).toEqual([]);
      });

      it('expands with its examples into valid records, SPF as one TXT', () => {
        for (const region of service.variables.some((v) => v.name === 'region') ? ['eu', 'ca'] : [undefined]) {
          const vars = { ...examples(service), ...(region && { region }) };
          const result = expandService(service.id, 'example.com', vars);
          if (!result.ok) throw new Error(result.problems.map((p) => p.en).join('\n'));
          const spf = result.set.records.filter((r) => r.type === 'TXT' && r.value.startsWith('v=spf1'));
          expect(spf.length).toBeLessThanOrEqual(1);
          for (const record of result.set.records) expect(record.source).not.toBe('');
        }
      });

      it('expands with only its required variables', () => {
        const vars = Object.fromEntries(service.variables.filter((v) => v.required).map((v) => [v.name, v.example]));
        const result = expandService(service.id, 'example.com', vars);
        expect(result.ok ? [] : result.problems.map((p) => p.en)).toEqual([]);
      });
    });
  }
});
