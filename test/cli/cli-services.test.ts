import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.js';

const PUBLIC_IDS = ['ovh-hosted-exchange', 'ovh-email-pro', 'ovh-private-exchange', 'ovh-mx-plan', 'exchange-onprem', 'microsoft-365'];

describe('dns-setup-assistant services', () => {
  it('prints the catalog as JSON with exactly the documented keys', async () => {
    const run = await runBuiltCli(['services', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const services = JSON.parse(run.stdout) as { id: string; name: string; variables: Record<string, unknown>[] }[];
    expect(services.map((s) => s.id)).toEqual(PUBLIC_IDS);
    for (const service of services) {
      expect(Object.keys(service)).toEqual(['id', 'name', 'variables']);
      expect(service.name).toMatch(/\S/);
      for (const variable of service.variables) {
        expect(Object.keys(variable)).toEqual(['name', 'required', 'description', 'example']);
        expect(typeof variable.required).toBe('boolean');
        expect(variable.description).toEqual(expect.stringMatching(/\S/));
        expect(variable.example).toEqual(expect.stringMatching(/\S/));
      }
    }
    const hosted = services.find((s) => s.id === 'ovh-hosted-exchange');
    expect(hosted?.variables.find((v) => v.name === 'server')?.required).toBe(true);
    expect(hosted?.variables.find((v) => v.name === 'token')?.required).toBe(false);
    // dmarc is offered by every service.
    for (const service of services) expect(service.variables.map((v) => v.name)).toContain('dmarc');
  });

  it('describes variables in the chosen language', async () => {
    const en = JSON.parse((await runBuiltCli(['services', '--format', 'json'])).stdout);
    const fr = JSON.parse((await runBuiltCli(['services', '--format=json'], { LANG: 'fr_FR.UTF-8' })).stdout);
    expect(fr[0].variables[0].name).toBe(en[0].variables[0].name);
    expect(fr[0].variables[0].description).not.toBe(en[0].variables[0].description);
  });

  it('prints a table by default, every service and variable on it', async () => {
    const run = await runBuiltCli(['services']);
    expect(run.code).toBe(0);
    for (const id of PUBLIC_IDS) expect(run.stdout).toContain(`${id}: `);
    expect(run.stdout).toMatch(/VARIABLE\s+REQUIRED\s+DESCRIPTION/);
    expect(run.stdout).toMatch(/^ {4}server +yes +.*\(e\.g\. ex5\.mail\.ovh\.net\)$/m);
  });

  it('has --help', async () => {
    const run = await runBuiltCli(['services', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dns-setup-assistant services');
  });
});
