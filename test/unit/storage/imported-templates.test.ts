import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandService } from '../../../src/services/expand.js';
import { allServices, findService, useImportedServices } from '../../../src/services/index.js';
import { memoryArea } from '../../../src/storage/area.js';
import { importTemplate, loadImportedTemplates, MAX_IMPORTED_TEMPLATES, removeImportedTemplate, TEMPLATES_KEY, useStoredTemplates } from '../../../src/storage/imported-templates.js';

const O365 = readFileSync(new URL('../../data/domain-connect/templates/microsoft.com.o365.json', import.meta.url), 'utf8');

describe('imported Domain Connect templates (options page → storage.local → catalog)', () => {
  it('an imported template is a service like a built-in one: picker, service= id, expansion', async () => {
    const area = memoryArea();
    expect(await importTemplate(area, O365)).toMatchObject({ ok: true });
    await useStoredTemplates(area);
    const service = findService('dc:microsoft.com/O365');
    expect(service).toMatchObject({ name: 'Microsoft 365', provider: 'Microsoft' });
    expect(allServices().map((s) => s.id)).toContain('dc:microsoft.com/O365');
    expect(service!.variables.map((v) => v.name)).toContain('MX');
    const expanded = expandService('dc:microsoft.com/O365', 'example.com', { VERIFYTXT: 'MS=ms1', MX: 'example-com.mail.protection.outlook.com', LOGINHOST: 'a.example.net', AUTODISCOVER: 'autodiscover.outlook.com', SPFRULES: 'include:spf.protection.outlook.com', SIP: 'a.example.net', LYNCDISCOVER: 'a.example.net', SIPDIR: 'a.example.net', SIPFED: 'a.example.net', ENTREG: 'a.example.net', ENTENROLL: 'a.example.net', MSOID: 'a.example.net', DKIMSEL1: 'a.example.net', DKIMSEL2: 'a.example.net' });
    expect(expanded.ok && expanded.set.serviceId).toBe('dc:microsoft.com/O365');
    useImportedServices([]);
  });

  it('a setup naming a template that is not imported says what to do', () => {
    const result = expandService('dc:example.net/mail', 'example.com', {});
    expect(result.ok ? '' : result.problems[0]!.en).toMatch(/not imported here: import its .json file in the options/);
  });

  it('refuses files that are not templates, replaces a template of the same id, keeps at most 20, removes one', async () => {
    const area = memoryArea();
    expect(await importTemplate(area, '{"providerId":1}')).toMatchObject({ ok: false });
    await importTemplate(area, O365);
    await importTemplate(area, O365.replace('"version": 5', '"version": 6'));
    expect((await loadImportedTemplates(area)).map((t) => t.version)).toEqual([6]);
    for (let i = 1; i < MAX_IMPORTED_TEMPLATES; i++) await importTemplate(area, O365.replace('"O365"', `"S${i}"`));
    expect(await importTemplate(area, O365.replace('"O365"', '"one-too-many"'))).toMatchObject({ ok: false });
    await removeImportedTemplate(area, 'dc:microsoft.com/O365');
    expect(await loadImportedTemplates(area)).toHaveLength(MAX_IMPORTED_TEMPLATES - 1);
  });

  it('storage is validated again on load: a tampered entry is dropped', async () => {
    const area = memoryArea();
    await area.set({ [TEMPLATES_KEY]: [{ providerId: 'x y' }, JSON.parse(O365)] });
    expect((await loadImportedTemplates(area)).map((t) => t.serviceId)).toEqual(['O365']);
  });
});
