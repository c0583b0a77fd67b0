import { describe, expect, it } from 'vitest';
import { loadCapture, storeCapture } from '../../../src/storage/captures.js';
import { captureFromJson } from '../../../src/capture/capture-shape.js';
import { memoryArea } from '../../../src/storage/area.js';
import { loadLastDomain, loadSetup, saveSetup } from '../../../src/storage/setups.js';

describe('storeCapture', () => {
  it('saves the setup and the sources; merges later captures; keeps typed values the capture lacks', async () => {
    const area = memoryArea();
    await saveSetup(area, { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { region: 'eu', server: 'ex1.mail.ovh.net' } });
    await storeCapture(area, { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { token: { value: 'ab1cd-check', source: 'panel-cname-popover' } } });
    const { setup } = await storeCapture(area, { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: { value: 'ex5.mail.ovh.net', source: 'panel-srv-wizard' } } });
    expect(setup).toEqual({ domain: 'example.com', service: 'ovh-hosted-exchange', vars: { region: 'eu', server: 'ex5.mail.ovh.net', token: 'ab1cd' } });
    expect(await loadSetup(area, 'example.com')).toEqual(setup);
    expect(await loadLastDomain(area)).toBe('example.com');
    expect(await loadCapture(area, 'EXAMPLE.com')).toEqual({
      domain: 'example.com', service: 'ovh-hosted-exchange',
      vars: { token: { value: 'ab1cd', source: 'panel-cname-popover' }, server: { value: 'ex5.mail.ovh.net', source: 'panel-srv-wizard' } },
    });
  });

  it('a capture for another service replaces the setup instead of mixing variables', async () => {
    const area = memoryArea();
    await saveSetup(area, { domain: 'example.org', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net' } });
    const { setup } = await storeCapture(area, { domain: 'example.org', service: 'ovh-private-exchange', vars: { server_name: { value: 'exchange', source: 'panel-server-diagnostic' }, ipv4: { value: '198.51.100.25', source: 'panel-server-diagnostic' } } });
    expect(setup).toEqual({ domain: 'example.org', service: 'ovh-private-exchange', vars: { server_name: 'exchange', ipv4: '198.51.100.25' } });
  });

  it('refuses a crafted capture (bad value, unknown source, extra key, prototype keys) and stores nothing', async () => {
    const area = memoryArea();
    const bad = [
      { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: { value: 'not a host!', source: 'panel-srv-wizard' } } },
      { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: { value: 'ex5.mail.ovh.net', source: 'somewhere' } } },
      { domain: 'example.com', service: 'ovh-hosted-exchange', vars: {}, extra: 1 },
      { domain: 'example.com', service: 'nope', vars: {} },
      JSON.parse('{"domain":"example.com","service":"ovh-hosted-exchange","vars":{"__proto__":{"value":"x","source":"pasted-bind"}}}'),
    ];
    for (const capture of bad) {
      expect(captureFromJson(capture).ok).toBe(false);
      await expect(storeCapture(area, capture)).rejects.toThrow();
    }
    expect(await area.get(null)).toEqual({});
  });
});
