import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-built-cli.js';

/* `dns-setup-assistant zone FILE`, the built CLI on zone files written by others (test/data/zones). */

const DATA = 'test/data/zones';

interface ZoneJson {
  origin: string;
  records: { type: string; name: string; value: string; ttl: number; priority?: number; weight?: number; port?: number; line: number }[];
  skipped: { line: number; reason: string }[];
}

async function zoneJson(...args: string[]): Promise<ZoneJson> {
  const run = await runBuiltCli(['zone', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ZoneJson;
}

describe('dns-setup-assistant zone', () => {
  it('prints the documented JSON: names without the final dot, the root as ".", TXT unquoted and joined, the line each record starts on', async () => {
    const json = await zoneJson(`${DATA}/own/names.zone`);
    expect(Object.keys(json)).toEqual(['origin', 'records', 'skipped']);
    expect(json.origin).toBe('example.org');
    for (const record of json.records) {
      expect(Object.keys(record).slice(0, 4)).toEqual(['type', 'name', 'value', 'ttl']);
      expect(Object.keys(record).at(-1)).toBe('line');
    }
    const find = (name: string) => json.records.find((record) => record.name === name);
    expect(find('nomail.example.org')).toEqual({ type: 'MX', name: 'nomail.example.org', value: '.', ttl: 300, priority: 0, line: 17 });
    expect(find('root-alias.example.org')).toMatchObject({ type: 'CNAME', value: '.' });
    expect(find('_none._tcp.example.org')).toEqual({ type: 'SRV', name: '_none._tcp.example.org', value: '.', ttl: 300, priority: 0, weight: 0, port: 0, line: 15 });
    expect(find('a\\.b.example.org')).toMatchObject({ type: 'A', value: '192.0.2.2' });
    expect(find('*.example.org')).toMatchObject({ type: 'MX', value: 'example.org', priority: 10 });
    expect(json.skipped.map((line) => line.line)).toEqual([5, 6]);
    expect(json.skipped[0]?.reason).toMatch(/^The SOA record is skipped: .+\.$/);
  });

  it('joins a TXT written in several strings, and writes it back in strings of at most 255 bytes', async () => {
    const json = await zoneJson(`${DATA}/dnscontrol/018-dkim.foo.com.zone`, '--origin', 'foo.com.');
    const [dkim] = json.records;
    expect(dkim?.value).toHaveLength(255 + 156);
    const zone = await runBuiltCli(['zone', `${DATA}/dnscontrol/018-dkim.foo.com.zone`, '--origin', 'foo.com', '--format', 'zone']);
    expect(zone.code).toBe(0);
    const line = zone.stdout.split('\n').find((text) => text.startsWith('dkimtest2')) ?? '';
    expect([...line.matchAll(/"[^"]*"/g)].map((match) => match[0].length - 2)).toEqual([255, 156]);
    // What it prints reads back the same.
    const folder = mkdtempSync(join(tmpdir(), 'zone-'));
    writeFileSync(join(folder, 'again.zone'), zone.stdout);
    expect((await zoneJson(join(folder, 'again.zone'))).records.map(({ line, ...record }) => record)).toEqual(json.records.map(({ line, ...record }) => record));
  });

  it('takes the origin from --origin, else the first $ORIGIN ($ORIGIN . is the root), else the SOA, else asks for --origin', async () => {
    expect((await zoneJson(`${DATA}/dnspython/example`)).origin).toBe('.');
    expect((await zoneJson(`${DATA}/nsd/bug087_parse_at.zone`)).origin).toBe('example.com');
    expect((await zoneJson(`${DATA}/dnspython/example`, '--origin', 'example')).origin).toBe('example');
    const none = await runBuiltCli(['zone', `${DATA}/dnscontrol/017-txt.foo.com.zone`]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/017-txt\.foo\.com\.zone has no \$ORIGIN line and no SOA record .*--origin/);
    const cloudflare = await runBuiltCli(['zone', `${DATA}/own/cloudflare-export.zone`]);
    expect(cloudflare.code).toBe(2);
    expect(cloudflare.stderr).toMatch(/"example\.com", has no final dot.* --origin example\.com\.$/m);
    expect((await zoneJson(`${DATA}/dnscontrol/017-txt.foo.com.zone`, '--origin', 'foo.com')).records).toHaveLength(5);
  });

  it('exits 2 with FILE:LINE: reason on a syntax error, in the chosen language', async () => {
    const run = await runBuiltCli(['zone', `${DATA}/bind/unknown/broken1.db`, '--origin', 'example']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^test\/data\/zones\/bind\/unknown\/broken1\.db:12: The generic data \(RFC 3597\) of this A record cannot be read: .+\.\n$/);
    const fr = await runBuiltCli(['zone', `${DATA}/bind/unknown/broken1.db`, '--origin', 'example', '--lang', 'fr']);
    expect(fr.stderr).toMatch(/^test\/data\/zones\/bind\/unknown\/broken1\.db:12: Les données génériques/);
  });

  it('refuses what is not a zone file it can read, with a sentence', async () => {
    for (const [file, message] of [
      ['test/data/zones/nothing-here.zone', /does not exist/],
      [DATA, /is a folder/],
      ['/dev/zero', /is larger than 16 MiB/],
      [`${DATA}/nsd/hostile/heap-use-after-free`, /:2: the file is not UTF-8 text/],
    ] as const) {
      const run = await runBuiltCli(['zone', file, '--origin', 'example.com']);
      expect(run.code, file).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('says what it does in --help', async () => {
    const run = await runBuiltCli(['zone', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"skipped":[{"line","reason"}]');
    expect(run.stdout).toContain('FILE:LINE: reason');
  });
});
