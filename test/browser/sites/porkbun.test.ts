import type { Page } from 'playwright-core';
import { test } from 'vitest';
import { COMMON_NOTATION } from '../../fixtures/sites/kit/notation.js';
import { DEFAULT_RUNS, describeSiteFill } from './helpers.js';

/**
 * Porkbun's SRV answer is ONE field, `weight port target` (priority apart): the adapter says so
 * with `conventions.srvValue: 'weight-port-target'`. Both sets of issue 4 hold an SRV record.
 */
const ENGINE_WRITES_SRV_ANSWER = true;

/** The user's final click: "Submit Records" sends every staged record. */
const submit = (page: Page) => page.locator('#submitDNSRecords_button').click();

// Porkbun stages each record ("Add", pressed by the filler) and commits them on Submit.
if (ENGINE_WRITES_SRV_ANSWER) {
  describeSiteFill({
    siteId: 'porkbun',
    notation: { ...COMMON_NOTATION, apex: '' },
    save: submit,
    submit,
    runs: [...DEFAULT_RUNS, { name: 'the Hosted Exchange set, the filler pressing Submit (per-run choice)', setup: 'hosted-exchange', pressSubmit: true }],
  });
}
else test.skip('filling the porkbun fixture waits for the SRV answer format (weight port target)', () => undefined);
