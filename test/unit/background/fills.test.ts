import { describe, expect, test } from 'vitest';
import { createFills } from '../../../src/background/fills.js';
import { UserError } from '../../../src/lib/user-error.js';
import type { FillReply } from '../../../src/messages/tab-requests.js';
import type { Setup } from '../../../src/services/desired.js';

const SETUP: Setup = { domain: 'example.com', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } };
const PLAN = { plan: { zone: 'example.com', toAdd: [], present: [], conflicts: [], toReplace: [], unsupported: [] }, site: 'Test site', stages: false };
const NOT_READY: FillReply & { ok: false } = { ok: false, error: { en: 'No DNS record form was found on this page.', fr: 'Aucun formulaire.' }, notReady: true };

/** A page that answers with each of `replies` in turn (an Error is thrown, as sendMessage does before the filler listens). */
function fillsWith(replies: (FillReply | Error | undefined)[], patienceMs = 400) {
  let asked = 0;
  const fills = createFills({
    ask: async () => {
      const reply = replies[Math.min(asked, replies.length - 1)];
      asked += 1;
      if (reply instanceof Error) throw reply;
      return reply;
    },
    onState: () => undefined,
    recheck: () => undefined,
    patienceMs,
    retryEveryMs: 10,
  });
  return { fills, asked: () => asked };
}

const sentence = (promise: Promise<unknown>) => promise.then(() => 'answered', (error: unknown) => (error instanceof UserError ? error.problems[0]!.en : String(error)));

describe('asking a page that is not ready yet', () => {
  test('no receiver yet, then an editor still rendering, then the plan: the plan comes back', async () => {
    const { fills, asked } = fillsWith([new Error('Could not establish connection. Receiving end does not exist.'), undefined, NOT_READY, { ok: true, ...PLAN }]);
    expect(await fills.plan(1, SETUP, {})).toEqual(PLAN);
    expect(asked()).toBe(4);
  });

  test('a page never ready: after the bounded wait, its own sentence', async () => {
    const { fills } = fillsWith([NOT_READY]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toBe(NOT_READY.error.en);
  });

  test('a page that never answers: a sentence that says what to do', async () => {
    const { fills } = fillsWith([new Error('Receiving end does not exist.')]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toMatch(/did not answer: reload it, open its DNS editor, then try again/);
  });

  test('a real refusal (another zone) is not asked again', async () => {
    const { fills, asked } = fillsWith([{ ok: false, error: { en: 'This page edits the zone of other.org.', fr: '…' } }, { ok: true, ...PLAN }]);
    expect(await sentence(fills.plan(1, SETUP, {}))).toBe('This page edits the zone of other.org.');
    expect(asked()).toBe(1);
  });
});
