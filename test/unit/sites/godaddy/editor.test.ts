import { describe, expect, it } from 'vitest';
import { godaddyRowRecords } from '../../../../src/sites/godaddy/editor.js';
import { site } from '../site.js';

const adapter = site('godaddy');
import { editorOf } from '../../../../src/sites/editors.js';


describe('GoDaddy adapter', () => {
  it('chooses lowercase type values and splits SRV into service and protocol', () => {
    const control = editorOf(adapter.id)?.typeControl;
    expect(control?.kind === 'native-select' && control.optionValue?.SRV).toBe('srv');
    expect(editorOf(adapter.id)?.conventions.srv).toBe('split-fields');
    expect(Object.keys(editorOf(adapter.id)?.fields('SRV') ?? {})).toEqual(expect.arrayContaining(['service', 'protocol', 'host', 'value', 'priority', 'weight', 'port']));
  });

  it('reads the table rows of the field notes: a checkbox cell, Type, Name, Data, TTL, then buttons', () => {
    const cells = (...texts: string[]) => ['', ...texts, '', '', '', ''];
    expect(godaddyRowRecords(cells('A', 'sala', '217.77.6.197', '1/2 Hour'), 'example.com')).toEqual([{ type: 'A', name: 'sala.example.com', ttl: 1800, value: '217.77.6.197' }]);
    expect(godaddyRowRecords(cells('TXT', '_yeshie-test', 'ok-2026-09-15', '600 seconds'), 'example.com')).toEqual([{ type: 'TXT', name: '_yeshie-test.example.com', ttl: 600, value: 'ok-2026-09-15' }]);
    expect(godaddyRowRecords(cells('CNAME', 'www', '@', '1 Hour'), 'example.com')).toEqual([{ type: 'CNAME', name: 'www.example.com', ttl: 3600, value: 'example.com' }]);
    // The older table, without the checkbox column, reads the same.
    expect(godaddyRowRecords(['A', '@', '198.51.100.20', '1 Hour'], 'example.com')).toEqual([{ type: 'A', name: 'example.com', ttl: 3600, value: '198.51.100.20' }]);
  });

  it('leaves the parking placeholders alone: they are no address', () => {
    expect(godaddyRowRecords(['', 'A', '@', 'Parked', '600 seconds'], 'example.com')).toEqual([]);
    expect(godaddyRowRecords(['', 'A', '@', 'WebsiteBuilder Site', '1 Hour'], 'example.com')).toEqual([]);
  });

  it('reads MX and SRV numbers from Data in zone-file order, and nothing from a Data cell it cannot read', () => {
    expect(godaddyRowRecords(['', 'MX', '@', '10 mx.example.net', '1 Hour'], 'example.com')).toEqual([{ type: 'MX', name: 'example.com', ttl: 3600, value: 'mx.example.net', priority: 10 }]);
    expect(godaddyRowRecords(['', 'SRV', '_autodiscover._tcp', '10 5 443 ex5.mail.ovh.net', '1 Hour'], 'example.com')).toEqual([
      { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 3600, value: 'ex5.mail.ovh.net', priority: 10, weight: 5, port: 443 },
    ]);
    // No priority in sight (the table has no Priority column): no record, never one with a guessed priority.
    expect(godaddyRowRecords(['', 'MX', '@', 'mx.example.net', '1 Hour'], 'example.com')).toEqual([]);
    expect(godaddyRowRecords(['', 'SRV', '_autodiscover._tcp', '5 443 ex5.mail.ovh.net', '1 Hour'], 'example.com')).toEqual([]);
  });
});
