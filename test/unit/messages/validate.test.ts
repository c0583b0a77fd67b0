import { describe, expect, test } from 'vitest';
import { classifySender } from '../../../src/messages/sender.js';
import { parseEnvelope } from '../../../src/messages/validate.js';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const SETUP = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };

describe('classifySender', () => {
  test('our pages count as extension pages, even when opened in a tab', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}src/popup/popup.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(classifySender({ id: ID, url: `${ORIGIN}src/popup/popup.html`, tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toBe('extension-page');
  });
  test('our content script in a top frame is a content script; sub-frames and strangers are nobody', () => {
    expect(classifySender({ id: ID, url: 'https://dcc.godaddy.com/x', tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toBe('content-script');
    expect(classifySender({ id: ID, url: 'https://ads.example/x', tab: { id: 3 }, frameId: 7 }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: 'other-extension', url: `${ORIGIN}x`, tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
  });
});

describe('parseEnvelope', () => {
  test('accepts well-formed requests from allowed senders', () => {
    expect(parseEnvelope({ type: 'get-options', payload: {} }, 'extension-page').ok).toBe(true);
    expect(parseEnvelope({ type: 'start-check', payload: { setup: SETUP, tabId: 4 } }, 'extension-page').ok).toBe(true);
    expect(parseEnvelope({ type: 'get-setup', payload: {} }, 'extension-page').ok).toBe(true);
    expect(parseEnvelope({ type: 'page-info', payload: { page: { adapterId: 'demo', pageKind: 'dns-editor', domain: 'example.com', notation: 'relative' } } }, 'content-script').ok).toBe(true);
    expect(parseEnvelope({ type: 'page-info', payload: { page: null } }, 'content-script').ok).toBe(true);
    expect(parseEnvelope({ type: 'page-info', payload: { page: { adapterId: 'ovh-email-panel', pageKind: 'ovh-exchange-domains', notation: 'relative', serviceId: 'ovh-private-exchange' } } }, 'content-script').ok).toBe(true);
  });

  test.each([
    ['unknown sender', { type: 'get-options', payload: {} }, null],
    ['content script asking for setups (they hold tokens)', { type: 'get-setup', payload: { domain: 'example.com' } }, 'content-script'],
    ['page pretending to be a content script', { type: 'page-info', payload: { page: null } }, 'extension-page'],
    ['unknown type', { type: 'drop-tables', payload: {} }, 'extension-page'],
    ['prototype key as type', { type: '__proto__', payload: {} }, 'extension-page'],
    ['extra top-level key', { type: 'get-options', payload: {}, extra: 1 }, 'extension-page'],
    ['extra payload key', { type: 'get-options', payload: { x: 1 } }, 'extension-page'],
    ['setup with a non-text variable', { type: 'save-setup', payload: { setup: { ...SETUP, vars: { ip: 5 } } } }, 'extension-page'],
    ['negative tab id', { type: 'get-tab-context', payload: { tabId: -1 } }, 'extension-page'],
    ['bad notation', { type: 'page-info', payload: { page: { adapterId: 'x', pageKind: 'y', notation: 'weird' } } }, 'content-script'],
    ['a service id that is not short text', { type: 'page-info', payload: { page: { adapterId: 'x', pageKind: 'y', notation: 'fqdn', serviceId: 'x'.repeat(65) } } }, 'content-script'],
    ['bad resolver in options', { type: 'set-options', payload: { options: { resolvers: ['http://x'], defaultTtl: 3600, language: 'en' } } }, 'extension-page'],
    ['not an object', 'get-options', 'extension-page'],
  ] as const)('refuses %s with a sentence in both languages', (_, message, sender) => {
    const result = parseEnvelope(message, sender);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.en).toMatch(/refused an internal message .*Reload the extension/);
      expect(result.problem.fr).toMatch(/refusé un message interne/);
    }
  });
});
