import { describe, expect, test } from 'vitest';
import { isOvhPanelUrl } from '../../../src/messages/panel-hosts.js';
import { parseEnvelope } from '../../../src/messages/validate.js';

const reading = { domains: [{ domain: 'example.com', badges: { MX: 'action' }, needsAction: true }], dkim: [] };
const panelReading = { type: 'panel-reading', payload: { reading, context: {} } };
const capture = {
  type: 'capture',
  payload: { capture: { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: { value: 'ex5.mail.ovh.net', source: 'pasted-delivery-email' } } } },
};

describe('panel-reading: only from a content script on the OVHcloud control panel', () => {
  test.each([
    'https://manager.eu.ovhcloud.com/#/web/exchange/org/hosted-ab12345-1/domain',
    'https://manager.ca.ovhcloud.com/',
    'https://manager.us.ovhcloud.com/#/web/email_pro/emailpro-ab12345-1',
    'https://www.ovh.com/manager/#/web/exchange/org/svc',
    'https://ca.ovh.com/manager/',
  ])('accepted from %s', (url) => {
    expect(isOvhPanelUrl(url)).toBe(true);
    expect(parseEnvelope(panelReading, 'content-script', url).ok).toBe(true);
  });

  test.each([
    ['a registrar page', 'https://dcc.godaddy.com/control/dns'],
    ['the OVH site outside /manager', 'https://www.ovh.com/fr/'],
    ['a path that only starts like /manager', 'https://www.ovh.com/managerial/'],
    ['a look-alike host', 'https://manager.eu.ovhcloud.com.evil.example/'],
    ['plain HTTP', 'http://manager.eu.ovhcloud.com/'],
    ['another port', 'https://manager.eu.ovhcloud.com:8443/'],
    ['no address at all', undefined],
    ['not an address', 'manager.eu.ovhcloud.com'],
  ])('refused from %s', (_why, url) => {
    expect(isOvhPanelUrl(url)).toBe(false);
    const parsed = parseEnvelope(panelReading, 'content-script', url);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toMatch(/panel-reading not allowed from this page/);
  });

  test('never from an extension page, even with a panel address', () => {
    expect(parseEnvelope(panelReading, 'extension-page', 'https://manager.eu.ovhcloud.com/').ok).toBe(false);
  });
});

describe('capture: only from the extension\'s own pages', () => {
  test('accepted from the popup (paste box)', () => {
    const parsed = parseEnvelope(capture, 'extension-page', 'chrome-extension://abc/src/popup/popup.html');
    expect(parsed.ok ? 'ok' : parsed.problem.en).toBe('ok');
  });
  test('refused from any content script, the panel included', () => {
    expect(parseEnvelope(capture, 'content-script', 'https://manager.eu.ovhcloud.com/').ok).toBe(false);
    expect(parseEnvelope(capture, 'content-script', 'https://dcc.godaddy.com/').ok).toBe(false);
  });
});
