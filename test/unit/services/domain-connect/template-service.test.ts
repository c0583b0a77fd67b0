import { describe, expect, test } from 'vitest';
import { serviceFromTemplate } from '../../../../src/services/domain-connect/template-service.js';
import { validateVariables } from '../../../../src/services/service-variables.js';
import type { DcTemplate } from '../../../../src/services/domain-connect/template-types.js';

const site = (hostRequired: boolean): DcTemplate => ({
  providerId: 'example.net', providerName: 'Example', serviceId: 'site', serviceName: 'Site', hostRequired,
  records: [{ type: 'CNAME', host: '@', pointsTo: '%target%' }],
});

describe('an imported template as a service: the spec host as a variable', () => {
  test('the popup asks for the host: required when the template says hostRequired, optional otherwise', () => {
    const required = serviceFromTemplate(site(true));
    expect(required.variables.map((v) => [v.name, v.required])).toEqual([['target', true], ['host', true]]);
    expect(validateVariables(required, { target: 'sites.example.net', host: '' }).host).toHaveLength(1);
    expect(serviceFromTemplate(site(false)).variables.find((v) => v.name === 'host')?.required).toBe(false);
  });

  test('the host places the records below the domain and is kept with the variables', () => {
    const result = serviceFromTemplate(site(true)).expandTemplate!('example.com', { target: 'sites.example.net', host: 'shop' });
    expect(result.ok && result.set.records.map((r) => [r.type, r.name, r.value])).toEqual([['CNAME', 'shop.example.com', 'sites.example.net']]);
    expect(result.ok && result.set.vars).toEqual({ target: 'sites.example.net', host: 'shop' });
    const apex = serviceFromTemplate(site(false)).expandTemplate!('example.com', { target: 'sites.example.net' });
    expect(apex.ok || apex.problems.map((p) => p.en)).toEqual([expect.stringMatching(/alias \(CNAME\) at example.com itself/)]);
  });
});
