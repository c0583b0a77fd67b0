import { describe, expect, it } from 'vitest';
import { createPanelCaptures } from '../../../../src/background/panel-captures.js';
import { panelReadingProblems, readingContextProblems } from '../../../../src/capture/panel/reading-shape.js';
import type { Capture, PanelReading } from '../../../../src/capture/types.js';
import { parseEnvelope } from '../../../../src/messages/validate.js';

const reading: PanelReading = {
  domains: [{ domain: 'example.com', badges: { MX: 'action', SRV: 'ok' }, needsAction: true }],
  dkim: [],
  server: { value: 'ex5.mail.ovh.net', source: 'panel-connection-box' },
};

describe('panel reading from the content script', () => {
  it('accepts the reading shape and refuses anything else', () => {
    expect(panelReadingProblems(reading)).toEqual([]);
    expect(readingContextProblems({ serviceHint: 'ovh-hosted-exchange' })).toEqual([]);
    expect(panelReadingProblems({ ...reading, extra: 1 })).not.toEqual([]);
    expect(panelReadingProblems({ ...reading, server: { value: 'x', source: 'made-up' } })).not.toEqual([]);
    expect(panelReadingProblems({ ...reading, domains: [{ domain: 'a.com', badges: { mx: 'red' }, needsAction: true }] })).not.toEqual([]);
  });

  it('comes only from a content script', () => {
    const envelope = { type: 'panel-reading', payload: { reading, context: {} } };
    expect(parseEnvelope(envelope, 'content-script', 'https://manager.eu.ovhcloud.com/#/web/exchange/org/hosted-ab12345-1/domain').ok).toBe(true);
    expect(parseEnvelope(envelope, 'extension-page').ok).toBe(false);
  });

  it('is turned into captures in the background, each stored once per page', async () => {
    const stored: Capture[] = [];
    const onReading = createPanelCaptures(async (capture) => void stored.push(capture));
    await onReading(reading, { serviceHint: 'ovh-hosted-exchange' }, 'tab 1');
    await onReading(reading, { serviceHint: 'ovh-hosted-exchange' }, 'tab 1');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: { value: 'ex5.mail.ovh.net', source: 'panel-connection-box' } } });
    await onReading(reading, { serviceHint: 'ovh-hosted-exchange' }, 'tab 2');
    expect(stored).toHaveLength(2);
  });
});
