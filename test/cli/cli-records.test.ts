import { describe, expect, it } from 'vitest';
import { recordsJson } from '../../src/cli/json-shapes.js';
import { expandService } from '../../src/services/expand.js';
import { runBuiltCli } from './run-built-cli.js';
import { SAMPLE_SETUPS, varArgs } from './sample-setups.js';

interface RecordJson {
  type: string;
  name: string;
  value: string;
  ttl: number;
  priority?: number;
  weight?: number;
  port?: number;
}

function recordsArgs(serviceId: string, format: string): string[] {
  const sample = SAMPLE_SETUPS[serviceId]!;
  return ['records', sample.domain, '--service', serviceId, ...varArgs(sample.vars), '--format', format];
}

describe.each(Object.keys(SAMPLE_SETUPS))('dns-setup-assistant records --service %s', (serviceId) => {
  const sample = SAMPLE_SETUPS[serviceId]!;
  const expanded = expandService(serviceId, sample.domain, sample.vars);
  if (!expanded.ok) throw new Error(`sample setup of ${serviceId} is invalid: ${expanded.problems.map((p) => p.en).join(' ')}`);
  const set = expanded.set;

  it('prints the documented JSON: FQDNs and targets without final dot, TXT unquoted', async () => {
    const run = await runBuiltCli(recordsArgs(serviceId, 'json'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as { domain: string; service: string; records: RecordJson[] };
    expect(Object.keys(json)).toEqual(['domain', 'service', 'records']);
    expect(json).toEqual(recordsJson(set));
    expect(json.domain).toBe(sample.domain);
    expect(json.service).toBe(serviceId);
    expect(json.records.length).toBe(set.records.length);
    for (const record of json.records) {
      expect(Object.keys(record).slice(0, 4)).toEqual(['type', 'name', 'value', 'ttl']);
      expect(['priority', 'weight', 'port']).toEqual(expect.arrayContaining(Object.keys(record).slice(4)));
      expect(record.name).not.toMatch(/\.$/);
      expect(record.name.endsWith(sample.domain)).toBe(true);
      if (record.type !== 'TXT') expect(record.value).not.toMatch(/\.$/);
      if (record.type === 'TXT') expect(record.value).not.toMatch(/^"/);
      if (record.type === 'MX') expect(Object.keys(record)).toEqual(['type', 'name', 'value', 'ttl', 'priority']);
      if (record.type === 'SRV') expect(Object.keys(record)).toEqual(['type', 'name', 'value', 'ttl', 'priority', 'weight', 'port']);
    }
    // SPF is always one TXT per name.
    const spf = json.records.filter((r) => r.type === 'TXT' && r.value.startsWith('v=spf1'));
    expect(new Set(spf.map((r) => r.name)).size).toBe(spf.length);
  });

  it('prints a BIND zone file with $ORIGIN', async () => {
    const run = await runBuiltCli(recordsArgs(serviceId, 'zone'));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`$ORIGIN ${sample.domain}.`);
    const recordLines = lines.filter((line) => /\sIN\s/.test(line));
    expect(recordLines.length).toBe(set.records.length);
  });

  it('prints a table with every record', async () => {
    const run = await runBuiltCli(recordsArgs(serviceId, 'table'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^TYPE\s+NAME\s+TTL\s+VALUE$/m);
    const rows = run.stdout.split('\n').filter((line) => /^(A|AAAA|CNAME|MX|TXT|SRV)\s/.test(line));
    expect(rows.length).toBe(set.records.length);
    // Table is also the default format.
    expect((await runBuiltCli(recordsArgs(serviceId, 'table').slice(0, -2))).stdout).toBe(run.stdout);
  });
});

describe('dns-setup-assistant records: facts scripts rely on', () => {
  it('gives the SRV target as value with its priority, weight and port', async () => {
    const json = JSON.parse((await runBuiltCli(recordsArgs('ovh-hosted-exchange', 'json'))).stdout) as { records: RecordJson[] };
    expect(json.records).toContainEqual({
      type: 'SRV',
      name: '_autodiscover._tcp.example.com',
      value: 'ex5.mail.ovh.net',
      ttl: expect.any(Number),
      priority: 0,
      weight: 0,
      port: 443,
    });
    expect(json.records).toContainEqual(expect.objectContaining({ type: 'TXT', name: 'example.com', value: 'v=spf1 include:mx.ovh.com ~all' }));
    expect(json.records).toContainEqual(expect.objectContaining({ type: 'CNAME', name: 'ab1cd-check.example.com', value: 'ovh.com' }));
  });

  it('writes the Microsoft 365 verification with its MS= prefix', async () => {
    const json = JSON.parse((await runBuiltCli(recordsArgs('microsoft-365', 'json'))).stdout) as { records: RecordJson[] };
    expect(json.records).toContainEqual(expect.objectContaining({ type: 'TXT', value: 'MS=ms12345678' }));
    expect(json.records).toContainEqual(expect.objectContaining({ type: 'MX', value: 'example-com.mail.protection.outlook.com', priority: 0 }));
  });

  it('puts IDN domains in punycode', async () => {
    const run = await runBuiltCli(['records', 'café.example', '--service', 'ovh-mx-plan', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).domain).toBe('xn--caf-dma.example');
  });
});
